import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CommandDiagnoser, commandEnvironment } from '../../../src/adapters/diagnosis/command.js';
import { tempDataDir } from '../../helpers/temp-dir.js';
import { PLANTED, PLANTED_FRAGMENTS, sampleRequest, secretEvidence, secretSignature } from '../../helpers/fake-llm/samples.js';

// Real small scripts stand in for a coding-agent CLI.
let dir: string;
const answer = { rootCause: 'inventory is slow', evidence: ['p99 4.9 s'], suggestedFix: 'add an index', confidence: 0.6 };
const script = (name: string, body: string) => {
  const path = join(dir, name);
  writeFileSync(path, body);
  return `node ${JSON.stringify(path)}`;
};
/**
 * Alive and not a zombie. In a container whose PID 1 does not reap orphans, a killed
 * grandchild lingers as a zombie, which `kill(pid, 0)` still reports as present.
 */
function running(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    if (existsSync('/proc/self')) return false;
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

const readStdin = `let input = ''; process.stdin.on('data', (c) => (input += c));`;

beforeAll(() => {
  dir = tempDataDir('rounds-command-');
});

describe('CommandDiagnoser', () => {
  it('sends the redacted prompt on stdin, runs in the repository, and reads JSON out of prose', async () => {
    const repo = tempDataDir('rounds-repo-');
    const cmd = script(
      'agent.js',
      `${readStdin}
       process.stdin.on('end', () => {
         require('fs').writeFileSync(${JSON.stringify(join(dir, 'prompt.txt'))}, input);
         const a = ${JSON.stringify(answer)};
         a.evidence.push('cwd=' + process.cwd());
         console.log('Let me look at the code...\\nDone. Result:\\n\`\`\`json\\n' + JSON.stringify(a) + '\\n\`\`\`\\nBye');
       });`,
    );
    const d = new CommandDiagnoser({ command: cmd, cwd: repo, timeoutMs: 10_000, clock: { now: () => 5 } });
    const out = await d.diagnose(sampleRequest({ signature: secretSignature(), evidence: secretEvidence() }));
    expect(out).toEqual({ status: 'ok', value: { ...answer, evidence: [...answer.evidence, `cwd=${repo}`], model: 'command:node', costUsd: 0, createdMs: 5 } });
    const prompt = readFileSync(join(dir, 'prompt.txt'), 'utf8');
    expect(prompt).toContain('service: checkout');
    expect(prompt).toContain('Answer with a single JSON object');
    for (const f of PLANTED_FRAGMENTS) expect(prompt).not.toContain(f);
  });

  it("unwraps an agent CLI's JSON envelope and takes its reported cost", async () => {
    const cmd = script('claude-like.js', `${readStdin} process.stdin.on('end', () => console.log(JSON.stringify({ type: 'result', result: 'Here it is: ' + JSON.stringify(${JSON.stringify(answer)}), total_cost_usd: 0.1234 })));`);
    const out = await new CommandDiagnoser({ command: cmd, timeoutMs: 10_000, modelName: 'claude-code' }).diagnose(sampleRequest());
    expect(out).toMatchObject({ status: 'ok', value: { ...answer, model: 'claude-code', costUsd: 0.1234 } });
  });

  it('counts what runs cost, failed ones included (reported cost, else the assumed per-run cost)', async () => {
    const envelope = script('billed-garbage.js', `console.log(JSON.stringify({ type: 'result', result: 'no idea', total_cost_usd: 0.2 }));`);
    const d = new CommandDiagnoser({ command: envelope, timeoutMs: 10_000, costUsd: 0.05 });
    expect((await d.diagnose(sampleRequest())).status).toBe('failed');
    expect(d.spentUsd).toBeCloseTo(0.2, 12);
    const crash = new CommandDiagnoser({ command: script('crash2.js', 'process.exit(1)'), timeoutMs: 10_000, costUsd: 0.05 });
    await crash.diagnose(sampleRequest());
    expect(crash.spentUsd).toBeCloseTo(0.05, 12);
    expect(crash.estimateCostUsd()).toBe(0.05);
  });

  it('a non-zero exit is failed with the (redacted) tail of stderr', async () => {
    const cmd = script('crash.js', `console.error('x'.repeat(5000)); console.error('fatal: could not auth with ${PLANTED.githubToken}'); process.exit(3);`);
    const out = await new CommandDiagnoser({ command: cmd, timeoutMs: 10_000 }).diagnose(sampleRequest());
    expect(out).toMatchObject({ status: 'failed', error: expect.stringMatching(/exited with code 3; stderr: x+\nfatal: could not auth with \[REDACTED:github_token\]$/) });
    if (out.status === 'failed') expect(out.error.length).toBeLessThan(2200);
  });

  it('garbage on stdout is failed, quoting the start of it', async () => {
    const cmd = script('garbage.js', `console.log('I am not sure what happened here. {not json} [1,2');`);
    const out = await new CommandDiagnoser({ command: cmd, timeoutMs: 10_000 }).diagnose(sampleRequest());
    expect(out).toMatchObject({ status: 'failed', error: expect.stringMatching(/no JSON object found.*stdout began: "I am not sure/s) });
  });

  it('JSON that is not a diagnosis is failed', async () => {
    const cmd = script('wrong.js', `console.log(JSON.stringify({ answer: 42 }));`);
    expect(await new CommandDiagnoser({ command: cmd, timeoutMs: 10_000 }).diagnose(sampleRequest())).toMatchObject({ status: 'failed', error: expect.stringMatching(/schema/) });
  });

  it('a timeout kills the whole process group, grandchildren included', async () => {
    const pidFile = join(dir, 'grandchild.pid');
    const cmd = script(
      'hang.js',
      `const { spawn } = require('child_process');
       const c = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
       require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(c.pid));
       setInterval(() => {}, 1000);`,
    );
    // The timeout leaves a loaded machine time to start both processes; the command hangs
    // for ever, so it is the timeout that ends it whatever the machine's speed.
    const out = await new CommandDiagnoser({ command: cmd, timeoutMs: 3000, killGraceMs: 300 }).diagnose(sampleRequest());
    expect(out).toMatchObject({ status: 'failed', error: expect.stringMatching(/timed out after 3000 ms/) });
    expect(existsSync(pidFile)).toBe(true);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    // The grandchild got the group's signal: poll until it is gone.
    await expect.poll(() => running(pid), { timeout: 60_000, interval: 20 }).toBe(false);
  });

  it('runaway output is cut off and failed', async () => {
    const cmd = script('flood.js', `const s = 'y'.repeat(65536); let n = 0; const w = () => { while (n++ < 100) if (!process.stdout.write(s)) return process.stdout.once('drain', w); }; w();`);
    expect(await new CommandDiagnoser({ command: cmd, timeoutMs: 10_000, maxOutputBytes: 100_000 }).diagnose(sampleRequest())).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/more than 100000 bytes/),
    });
  });

  it('a missing command is failed (the shell reports 127)', async () => {
    const out = await new CommandDiagnoser({ command: 'definitely-not-a-command-rounds-test', timeoutMs: 10_000 }).diagnose(sampleRequest());
    expect(out).toMatchObject({ status: 'failed', error: expect.stringMatching(/code 127/) });
  });
});

describe('CommandDiagnoser environment', () => {
  it('passes the allow-list and the listed names, never Rounds own credentials', () => {
    const env = commandEnvironment(
      { PATH: '/usr/bin', HOME: '/home/op', LANG: 'C.UTF-8', LC_ALL: 'C', TMPDIR: '/tmp', OTLP_AUTH_TOKEN: 't', WEBHOOK_API_KEY: 'k', GITHUB_TOKEN: 'g', NOTIFICATION_WEBHOOK_SECRET: 's', ANTHROPIC_API_KEY: 'a', AWS_SECRET_ACCESS_KEY: 'x' },
      ['ANTHROPIC_API_KEY'],
    );
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/home/op', LANG: 'C.UTF-8', LC_ALL: 'C', TMPDIR: '/tmp', ANTHROPIC_API_KEY: 'a' });
  });

  it('refuses to start when DIAGNOSIS_COMMAND_ENV names one of Rounds own credentials', () => {
    expect(() => new CommandDiagnoser({ command: 'true', timeoutMs: 1000, passEnv: ['HTTPS_PROXY', 'GITHUB_TOKEN'] })).toThrow(
      /^invalid setting DIAGNOSIS_COMMAND_ENV: GITHUB_TOKEN is Rounds' own credential and never passed to the command$/,
    );
    // The PostgreSQL store's URL holds its password.
    expect(() => new CommandDiagnoser({ command: 'true', timeoutMs: 1000, passEnv: ['STORE_POSTGRESQL_URL'] })).toThrow(/STORE_POSTGRESQL_URL is Rounds' own credential/);
  });
});
