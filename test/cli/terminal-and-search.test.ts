// The real `rounds` command (a separate process) on a store holding hostile text: escape
// sequences in a service name, a message and a stack trace must reach the terminal as visible
// escapes in text mode and as exact JSON with --json. Also `list --search` and durations
// that overflow.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { seedDataDir } from '../helpers/seed-store.js';
import { tempDataDir } from '../helpers/temp-dir.js';

const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
// OSC 0 (window title), CSI 2J (clear screen), OSC 8 (hyperlink), a bare CR, NUL, 8-bit CSI, RLO.
const SERVICE = 'pay\x1b]0;you have been owned\x07ments';
const MESSAGE = 'card declined\x1b[2J\x1b[1;1H all good \x00 \u009b31m \u202egnissim';
const STACK = `Error: ${MESSAGE}\n    at charge (/app/src/pay.ts:10:3)\r\n    at \x1b]8;;https://evil.example\x07link\x1b]8;;\x07 (/app/src/x.ts:1:1)\rOVERWRITTEN`;

describe('rounds list and show with hostile text', () => {
  const dir = tempDataDir();
  const cli = (...args: string[]) => runCli([...args, '--data-dir', dir]);
  let id: string;

  beforeAll(async () => {
    ensureBuilt();
    await seedDataDir(dir, [
      { service: SERVICE, type: 'CardError', message: MESSAGE, stacktrace: STACK, events: 3 },
      { service: 'inventory', type: 'TimeoutError', message: 'stock lookup deadline exceeded', events: 2 },
      { service: 'search', type: 'IndexMissingError', message: 'index products-v2 is missing', events: 1 },
    ]);
    const list = await cli('list', '--json');
    id = (JSON.parse(list.stdout) as { id: string; type: string }[]).find((i) => i.type === 'CardError')!.id;
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('list shows control characters escaped; --json keeps the exact text', async () => {
    const text = await cli('list');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).not.toMatch(CONTROL);
    expect(text.stdout).toContain('pay\\x1b]0;you have been owned\\x07ments');
    expect(text.stdout).toContain('CardError: card declined\\x1b[2J\\x1b[');
    const json = await cli('list', '--json');
    const row = (JSON.parse(json.stdout) as { id: string; service: string }[]).find((i) => i.id === id)!;
    expect(row.service).toBe(SERVICE);
  });

  it('show shows control characters escaped, keeps line breaks, and a CR cannot overwrite a line', async () => {
    const text = await cli('show', id);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).not.toMatch(CONTROL);
    expect(text.stdout).toContain('\\x00 \\x9b31m \\u202egnissim');
    expect(text.stdout).toContain('  at charge (/app/src/pay.ts:10:3)\n');
    expect(text.stdout).toContain('(/app/src/x.ts:1:1)\\rOVERWRITTEN');
    const json = JSON.parse((await cli('show', id, '--json')).stdout) as { service: string; occurrences: { exception: { stacktrace: string } }[] };
    expect(json.service).toBe(SERVICE);
    expect(json.occurrences[0].exception.stacktrace).toBe(STACK);
  });

  it('list --search keeps the signatures whose type, message, service or culprit hold every word', async () => {
    const types = async (...args: string[]) => (JSON.parse((await cli('list', '--json', ...args)).stdout) as { type: string }[]).map((i) => i.type).sort();
    expect(await types('--search', 'deadline')).toEqual(['TimeoutError']);
    expect(await types('--search', 'INVENTORY timeout')).toEqual(['TimeoutError']);
    expect(await types('--search', 'error')).toEqual(['CardError', 'IndexMissingError', 'TimeoutError']);
    expect(await types('--search', '"is missing" search')).toEqual(['IndexMissingError']);
    expect(await types('--search', 'deadline', '--service', 'search')).toEqual([]);
    const none = await cli('list', '--search', 'nothing-like-this');
    expect(none.stdout.trim()).toBe('No signatures match.');
  });

  it('a mute duration that overflows is a usage error, not a corrupted mute', async () => {
    const r = await cli('mute', id, '--for', '99999999999999999999d');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('rounds mute: --for needs a duration like 30m, 2h or 7d (got "99999999999999999999d")');
    const shown = JSON.parse((await cli('show', id, '--json')).stdout) as { status: string };
    expect(shown.status).toBe('new');
  });
});
