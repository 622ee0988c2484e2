// Every demo scenario, played through the real OpenTelemetry SDK (traces over gRPC, logs over
// HTTP/protobuf) into a real Rounds with the investigator on, the local backend and the
// offline evidence diagnoser: the stored diagnosis must name the right service, host, release
// or dependency. The Markdown notifier must have written one report per scenario.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Signature } from '../../src/core/model.js';
import { scenarioSignature } from '../../src/demo/run.js';
import { SCENARIOS } from '../../src/demo/scenarios.js';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { playIntoRounds, type PlayedScenarios } from '../helpers/played-scenarios.js';
import { tempDataDir } from '../helpers/rounds-instance.js';

describe('demo scenarios through the real SDK', () => {
  let played: PlayedScenarios | undefined;
  let signatures: Signature[];
  let reports: string;

  beforeAll(async () => {
    played = await playIntoRounds(SCENARIOS, 20_000);
    ({ signatures, reports } = played);
  });
  afterAll(async () => played?.dispose());

  it('investigates every signature, background ones included', () => {
    expect(signatures.length).toBeGreaterThanOrEqual(SCENARIOS.length);
    expect(signatures.filter((s) => s.status !== 'diagnosed').map((s) => `${s.service} ${s.type} ${s.status}`)).toEqual([]);
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario.title}: the diagnosis names ${scenario.expected.map(String).join(' and ')}`, () => {
      const sig = scenarioSignature(scenario, signatures);
      expect(sig, `no signature for ${scenario.name}`).toBeDefined();
      const d = sig!.diagnosis!;
      expect(d.model).toBe('evidence');
      const text = `${d.rootCause}\n${d.suggestedFix}`;
      for (const re of scenario.expected) expect(text, `${scenario.name}: ${d.rootCause}`).toMatch(re);
      expect(d.confidence).toBeGreaterThan(0.3);

      const files = readdirSync(reports, { recursive: true }).map(String).filter((f) => f.endsWith(`_${sig!.id}.md`));
      expect(files).toHaveLength(1);
      expect(readFileSync(join(reports, files[0]), 'utf8')).toContain(d.rootCause.split('\n')[0].slice(0, 40));
    });
  }
});

describe('rounds demo', () => {
  const dir = tempDataDir('rounds-demo-cli-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('plays the scenarios, prints a diagnosis for each, and keeps the data for the other commands', async () => {
    ensureBuilt();
    const demo = await runCli(['demo', '--quiet', '--data-dir', dir]);
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    for (const scenario of SCENARIOS) expect(demo.stdout).toContain(scenario.title);
    expect(demo.stdout).toContain('host.name=checkout-2');
    expect(demo.stdout).toContain('Release 4.2.0 of cart introduced this error');
    expect(demo.stdout).not.toContain('(no signature found)');

    const list = await runCli(['list', '--json', '--data-dir', dir]);
    expect(list.code).toBe(0);
    const rows = JSON.parse(list.stdout) as { status: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(SCENARIOS.length);
    expect(rows.every((r) => r.status === 'diagnosed')).toBe(true);

    // A second run does not write into data that is already there.
    const again = await runCli(['demo', '--quiet', '--data-dir', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr.trim()).toBe(`rounds demo: ${dir} already holds Rounds data; the demo starts from an empty directory (leave out --data-dir for a temporary one)`);
  });

  it('runs in a fresh temporary directory by default, says where and how long each part took, and removes it', async () => {
    const demo = await runCli(['demo', '--quiet']);
    expect(demo.code, demo.stderr).toBe(0);
    const tmp = /^Data: a fresh temporary directory, (\S+) \(removed at the end/m.exec(demo.stdout)?.[1];
    expect(tmp).toMatch(/rounds-demo-/);
    expect(existsSync(tmp!)).toBe(false);
    expect(demo.stdout).toMatch(/^Summary: \d+ signatures in \d+\.\d s: loading and start-up \d+\.\d s, sending the scenarios \d+\.\d s, investigating \(2 s of it the settle wait\) \d+\.\d s$/m);
  });
});
