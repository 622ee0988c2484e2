// Secrets through a real Rounds: errors carrying credentials arrive over OTLP/HTTP, are
// fingerprinted, stored, investigated by a real spawned `command` diagnoser and reported by the
// real markdown and webhook notifiers. No secret may reach the store, the prompt, the report,
// the file name or the webhook; the command sees only the allow-listed environment; what it
// answers is redacted before it is stored.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Signature } from '../../src/core/model.js';
import { startFakeServer, type FakeServer } from '../helpers/fake-backends/index.js';
import { postOtlp, traceRequest } from '../helpers/otlp-requests.js';
import { startTestInstance, tempDataDir, type TestInstance } from '../helpers/rounds-instance.js';
import { allSignatures } from '../helpers/temp-store.js';

// Assembled from pieces so secret scanners do not flag the file; none is a real credential.
const j = (...parts: string[]) => parts.join('');
// Slack's documented bot-token shape: the digits are what fingerprint parameterisation rewrites.
const SLACK = j('xo', 'xb-', '123456789012-', '1234567890123-', 'AbCdEfGhIjKlMnOpQrStUvWx');
const GITHUB = j('gh', 'p_', 'Q9w8E7r6T5Q9w8E7r6T5Q9w8E7r6T5Q9w8E7');
const SENDGRID = j('SG', '.ngeVfQFYQlKU0ufo8x5d1A', '.TwL2iGABf9DHoTf-09kqeF8tAmbihYzrnopKc-1s5cr');
const AGENT_LEAK = j('gl', 'pat-', 'x1Y2z3W4v5U6t7S8r9Q0');
/** Parts of each secret that must appear nowhere. */
const FRAGMENTS = ['AbCdEfGhIjKlMnOp', 'Q9w8E7r6T5Q9w8', 'TwL2iGABf9DHoTf', 'ngeVfQFYQlKU0ufo', 'x1Y2z3W4v5U6t7S8'];

function expectNoSecret(where: string, text: string): void {
  for (const f of FRAGMENTS) expect(text, `${where} carries ${f}`).not.toContain(f);
}

describe('secrets through a running Rounds', () => {
  const work = tempDataDir('rounds-secrets-');
  const reports = join(work, 'reports');
  const agentLog = join(work, 'agent');
  let webhook: FakeServer;
  let rounds: TestInstance;
  const saved: Record<string, string | undefined> = {};
  let sig: Signature;

  beforeAll(async () => {
    mkdirSync(agentLog, { recursive: true });
    // The agent records its environment and prompt, then answers with a root cause that
    // repeats a token it "found" (as an agent reading the repository might).
    const agent = join(work, 'agent.mjs');
    writeFileSync(
      agent,
      `import { writeFileSync, readFileSync } from 'node:fs';
const prompt = readFileSync(0, 'utf8');
writeFileSync(${JSON.stringify(join(agentLog, 'run.json'))}, JSON.stringify({ env: process.env, prompt }));
console.log(JSON.stringify({ rootCause: 'the Slack client uses a revoked token; the repo also has ${AGENT_LEAK} in .env', evidence: ['401 from slack.com'], suggestedFix: 'rotate the token', confidence: 0.7 }));
`,
    );
    webhook = await startFakeServer(() => ({ status: 200, json: {} }));
    // What the command must not inherit from the Rounds process, and what it is allowed to.
    for (const [k, v] of Object.entries({ OTLP_AUTH_TOKEN: 'otlp-token-in-env', GITHUB_TOKEN: 'github-token-in-env', NOTIFICATION_WEBHOOK_SECRET: 'hook-secret-in-env', AGENT_API_KEY: 'agent-key-in-env' })) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
    rounds = await startTestInstance(
      {
        INVESTIGATOR_ENABLED: 'true',
        INVESTIGATION_SETTLE: '0',
        DIAGNOSIS_BACKEND: 'command',
        DIAGNOSIS_COMMAND: `"${process.execPath}" "${agent}"`,
        DIAGNOSIS_COMMAND_ENV: 'AGENT_API_KEY',
        DIAGNOSIS_COMMAND_TIMEOUT: '20s',
        NOTIFICATION_BACKEND: 'markdown,webhook',
        NOTIFICATION_OUTPUT_DIR: reports,
        NOTIFICATION_WEBHOOK_URL: webhook.url,
      },
      join(work, 'data'),
    );
    // The GitHub token starts at character 110 of the title `slack-notifier: SlackApiError: …`
    // so the 120-character cut falls inside it.
    const message = `chat.postMessage failed with ${SLACK} (invalid_auth) after retrying with the fallback credential ${GITHUB}`;
    const stacktrace = `SlackApiError: ${message}\n    at WebClient.apiCall (/app/node_modules/@slack/web-api/dist/WebClient.js:146:15)\n    at notify (/app/src/notify.js:12:9)\n    mail key ${SENDGRID}`;
    const res = await postOtlp(rounds.httpPort, '/v1/traces', traceRequest('slack-notifier', [{ type: 'SlackApiError', message, stacktrace }]));
    expect(res.status).toBe(200);
    await vi.waitFor(
      async () => {
        const found = (await allSignatures(rounds.store, 'count'))[0];
        // The file appears (created exclusively) a moment before its text is in it.
        const written = existsSync(reports) && readdirSync(reports).some((d) => readdirSync(join(reports, d)).some((f) => readFileSync(join(reports, d, f), 'utf8').includes('## Suggested fix')));
        if (found?.status !== 'diagnosed' || webhook.requests.length === 0 || !written) throw new Error(`not reported yet (${found?.status})`);
        sig = found;
      },
      { timeout: 60_000, interval: 50 },
    );
  }, 180_000);

  afterAll(async () => {
    await rounds?.dispose();
    await webhook?.close();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    rmSync(work, { recursive: true, force: true });
  });

  it('stores the message redacted from the original text, not from its parameterised form', async () => {
    expect(sig.message).toContain('[REDACTED:slack_token]');
    expect(sig.message).toContain('[REDACTED:github_token]');
    // Parameterised first, the Slack token would have become `xoxb-<int>-<int>-AbCd…`.
    expect(sig.message).not.toContain('xoxb-');
    expectNoSecret('the signature', JSON.stringify(sig));
    const samples = await rounds.store.listOccurrences(sig.id, 50);
    expect(samples.length).toBeGreaterThan(0);
    expect(samples[0].exception?.stacktrace).toContain('[REDACTED:sendgrid_key]');
    expectNoSecret('the samples', JSON.stringify(samples));
  });

  it('the command gets the allow-listed environment only, and a redacted prompt', () => {
    const run = JSON.parse(readFileSync(join(agentLog, 'run.json'), 'utf8')) as { env: Record<string, string>; prompt: string };
    expect(run.env.PATH).toBe(process.env.PATH);
    expect(run.env.AGENT_API_KEY).toBe('agent-key-in-env');
    for (const k of ['OTLP_AUTH_TOKEN', 'GITHUB_TOKEN', 'NOTIFICATION_WEBHOOK_SECRET']) expect(run.env[k], k).toBeUndefined();
    // The allow-list, the listed name, and what /bin/sh itself sets (PWD, SHLVL, _).
    expect(Object.keys(run.env).every((k) => /^(PATH|HOME|USER|LOGNAME|SHELL|LANG|LANGUAGE|LC_\w+|TZ|TERM|TMPDIR|TMP|TEMP|XDG_\w+|SSL_CERT_FILE|SSL_CERT_DIR|NODE_EXTRA_CA_CERTS|AGENT_API_KEY|PWD|OLDPWD|SHLVL|_)$/.test(k))).toBe(true);
    expect(run.prompt).toContain('SlackApiError');
    expectNoSecret('the prompt', run.prompt);
  });

  it('stores the command answer redacted', () => {
    expect(sig.diagnosis?.rootCause).toContain('[REDACTED:gitlab_token]');
    expectNoSecret('the stored diagnosis', JSON.stringify(sig.diagnosis));
  });

  it('the markdown report and its file name carry no secret, even where the title is cut', () => {
    const days = readdirSync(reports);
    const files = days.flatMap((d) => readdirSync(join(reports, d)).map((f) => join(reports, d, f)));
    expect(files).toHaveLength(1);
    expectNoSecret('the file name', files[0]);
    const text = readFileSync(files[0], 'utf8');
    expect(text).toContain('# New error: slack-notifier: SlackApiError:');
    expectNoSecret('the markdown report', text);
  });

  it('the webhook payload carries no secret', () => {
    const body = webhook.requests[0].rawBody;
    expect(JSON.parse(body)).toMatchObject({ type: 'rounds.report', signature: { id: sig.id } });
    expectNoSecret('the webhook body', body);
  });
});
