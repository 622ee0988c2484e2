// `rounds list` as a person sees it: fitted to 80 columns with the message always there,
// relative times, colour on a terminal only (a real pseudo-terminal from script(1)) and never
// with NO_COLOR or --no-color; and `--status regressed` in the CLI and the API.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutList, MIN_MESSAGE } from '../../src/cli/list-layout.js';
import { BIN, cleanEnv, ensureBuilt, freshCwd, runCli } from '../helpers/cli.js';
import { startTestInstance } from '../helpers/rounds-instance.js';
import { seedDataDir, type SeedKind } from '../helpers/seed-store.js';

const work = mkdtempSync(join(tmpdir(), 'rounds-list-view-'));
const dir = join(work, 'data');
const ESC = '\u001b[';
// Service names and messages of the kind real services produce (lengths vary on purpose).
const KINDS: SeedKind[] = [
  { service: 'checkout-frontend-web', type: 'TypeError', message: "Cannot read properties of undefined (reading 'items')", events: 40 },
  { service: 'payments', type: 'StripeConnectionError', message: 'Could not connect to Stripe (api.stripe.com): connection reset by peer', events: 12 },
  { service: 'inventory', type: 'PSQLException', message: 'ERROR: deadlock detected\n  Detail: Process 4711 waits for ShareLock on transaction 1234', events: 3 },
  { service: 'notification-dispatcher-worker', type: 'TimeoutError', message: 'send to smtp.internal:587 timed out after 30000ms', events: 1 },
];

/** Runs `rounds list` on a pseudo-terminal of `cols` columns; returns what the terminal showed. */
function onTerminal(args: string[], env: Record<string, string>, cols = 80): Promise<string> {
  const quoted = [process.execPath, BIN, 'list', ...args].map((a) => `'${a}'`).join(' ');
  const child = spawn('script', ['-qfec', `stty cols ${cols} rows 50; ${quoted}`, '/dev/null'], { env: cleanEnv({ TERM: 'xterm', ...env }), cwd: freshCwd(), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => resolve(out.replace(/\r\n/g, '\n')));
  });
}
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

let regressedId = '';

beforeAll(async () => {
  ensureBuilt();
  await seedDataDir(dir, KINDS);
  const all = JSON.parse((await runCli(['list', '--json', '--data-dir', dir])).stdout) as { id: string; type: string }[];
  regressedId = all.find((s) => s.type === 'PSQLException')!.id;
  expect((await runCli(['resolve', regressedId, '--data-dir', dir])).code).toBe(0);
  // The deadlock comes back: the next commit reopens it as regressed.
  await seedDataDir(dir, [KINDS[2]]);
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('rounds list at 80 columns', () => {
  it('fits every line in 80 columns and keeps each message visible', async () => {
    const res = await runCli(['list', '--data-dir', dir], { env: { COLUMNS: '80' } });
    expect(res.code, res.stderr).toBe(0);
    const lines = res.stdout.trimEnd().split('\n');
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(80);
    const table = lines.slice(0, 1 + KINDS.length);
    expect(table[0]).toMatch(/^ID\s+STATUS\s+COUNT\s+LAST SEEN\s+(?:24H\s+)?SERVICE\s+ERROR$/);
    for (const kind of KINDS) {
      const row = table.find((l) => l.includes(kind.type.slice(0, 12)));
      expect(row, kind.type).toBeDefined();
      expect(row).toMatch(/\d+[smhd] ago/);
    }
    expect(res.stdout).toMatch(/new↺/);
    expect(res.stdout).not.toContain(ESC);
  });

  it('on a terminal: 80 columns, colours; none with NO_COLOR or --no-color', async () => {
    const coloured = await onTerminal(['--data-dir', dir], {});
    expect(coloured).toContain(ESC);
    for (const line of plain(coloured).trimEnd().split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(plain(coloured)).toMatch(/StripeConnectionError/);
    expect(await onTerminal(['--data-dir', dir], { NO_COLOR: '1' })).not.toContain(ESC);
    expect(await onTerminal(['--data-dir', dir, '--no-color'], {})).not.toContain(ESC);
  }, 180_000);

  it('gives the sparkline back on a wide terminal and keeps whole lines in a pipe', async () => {
    const wide = plain(await onTerminal(['--data-dir', dir], {}, 200));
    expect(wide).toMatch(/LAST 24H/);
    expect(wide).toMatch(/\[[ ▁▂▃▄▅▆▇█]{24}\]/);
    const piped = await runCli(['list', '--data-dir', dir]);
    // (the message as stored: its host name is a parameter of the signature's template)
    expect(piped.stdout).toContain('StripeConnectionError: Could not connect to Stripe (<hostname>): connection reset by peer');
    expect(piped.stdout).toContain('notification-dispatcher-worker');
  }, 180_000);
});

describe('the layout', () => {
  const row = { id: 'a1b2c3d4e5f6', status: 'investigating', regressed: false, count: 123456, lastSeen: '59m ago', hourly: Array.from({ length: 24 }, (_, i) => i), service: 'a-very-long-service-name-indeed', error: 'E'.repeat(200) };
  it('gives way in order: narrower sparkline, cut service, no sparkline; the message keeps its minimum', () => {
    const at = (w: number) => layoutList([row], w, false);
    expect(at(200)[0]).toMatch(/LAST 24H/);
    expect(at(130)[0]).toMatch(/ 24H /);
    expect(at(130)[1]).toContain('a-very-long-service-name-indeed');
    expect(at(100)[0]).toMatch(/ 24H /);
    expect(at(100)[1]).toContain('a-very-long…');
    expect(at(90)[0]).not.toMatch(/24H/);
    expect(at(90)[1]).toContain('a-very-long…');
    expect(at(80)[0]).not.toMatch(/24H/);
    expect(at(80)[1]).toContain('a-very-…');
    for (const w of [80, 90, 100, 130, 200]) for (const line of at(w)) expect([...line].length).toBeLessThanOrEqual(w);
    const message = at(80)[1].slice(at(80)[0].indexOf('ERROR'));
    expect(message.length).toBeGreaterThanOrEqual(MIN_MESSAGE);
  });
});

describe('--status regressed', () => {
  it('lists only signatures that came back, in the CLI and the API (filtered by the server)', async () => {
    const cli = JSON.parse((await runCli(['list', '--status', 'regressed', '--json', '--data-dir', dir])).stdout) as { id: string; regressed: boolean }[];
    expect(cli.map((s) => s.id)).toEqual([regressedId]);
    const mixed = JSON.parse((await runCli(['list', '--status', 'regressed,resolved', '--json', '--data-dir', dir])).stdout) as { id: string }[];
    expect(mixed.map((s) => s.id)).toEqual([regressedId]);
    const rounds = await startTestInstance({}, dir);
    try {
      const res = await fetch(`http://127.0.0.1:${rounds.apiPort}/api/signatures?status=regressed&limit=1`);
      expect(res.status).toBe(200);
      const page = (await res.json()) as { items: { id: string }[]; nextCursor: string | null };
      // limit=1 and no cursor: the server filtered, not the client.
      expect(page.items.map((i) => i.id)).toEqual([regressedId]);
      const bad = await fetch(`http://127.0.0.1:${rounds.apiPort}/api/signatures?status=regresed`);
      expect(bad.status).toBe(400);
    } finally {
      await rounds.stop();
    }
  });
});
