// The exception result cache must be invisible: same answers as without it, no shared
// mutable state, rule variables from the current input, and mined messages still mined on every
// repeat (their analysis is cached, the miner's step is not).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintInput } from '../../../src/core/fingerprint/index.js';

const trace = `TypeError: Cannot read properties of undefined (reading 'id')
    at loadUser (/app/src/users.js:10:5)
    at handle (/app/src/routes.js:22:9)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`;

const input = (over: Partial<FingerprintInput> = {}): FingerprintInput => ({
  source: 'span',
  service: 'api',
  type: 'TypeError',
  message: "Cannot read properties of undefined (reading 'id')",
  stacktrace: trace,
  runtime: 'nodejs',
  ...over,
});

describe('exception result cache', () => {
  it('answers a repeat exactly as the first time, without sharing the explain list', () => {
    const fp = createFingerprinter();
    const first = fp.fingerprint(input());
    first.explain.push('mutated by a caller');
    const again = fp.fingerprint(input());
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(again.explain).not.toContain('mutated by a caller');
    expect(again).toEqual({ ...first, explain: first.explain.slice(0, -1) });
    expect(createFingerprinter().fingerprint(input()).fingerprint).toBe(first.fingerprint);
  });

  it('takes rule variables from the current input, not the cached one', () => {
    const fp = createFingerprinter({ rules: [{ match: { type: 'TypeError' }, fingerprint: ['{{ default }}', '{{ transaction }}'] }] });
    const a = fp.fingerprint(input({ spanName: 'GET /users' }));
    const b = fp.fingerprint(input({ spanName: 'GET /orders' }));
    const a2 = fp.fingerprint(input({ spanName: 'GET /users' }));
    expect(a.fingerprint).not.toBe(b.fingerprint);
    expect(a2.fingerprint).toBe(a.fingerprint);
  });

  it('still mines the messages of generic exception types (never cached)', () => {
    const fp = createFingerprinter();
    const generic = (message: string) => input({ type: 'Error', message, stacktrace: `Error: ${message}\n    at sync (/app/src/sync.js:3:1)` });
    const a = fp.fingerprint(generic('sync of account 1234 failed: upstream said no'));
    const b = fp.fingerprint(generic('sync of account 9876 failed: upstream said no'));
    const other = fp.fingerprint(generic('disk quota exceeded while writing export'));
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(other.fingerprint).not.toBe(a.fingerprint);
  });

  it('keeps the analysis of a mined message, and still mines every repeat', () => {
    const fp = createFingerprinter();
    const generic = (message: string) => input({ type: 'Error', message, stacktrace: `Error: ${message}\n    at sync (/app/src/sync.js:3:1)` });
    const message = 'sync of account 1234 failed: upstream said no';
    const first = fp.analyze(generic(message));
    const again = fp.analyze(generic(message));
    expect(first.kind).toBe('mine');
    // Served from the cache: the parsed frames are the ones kept, not parsed again.
    expect(again.kind === 'mine' && first.kind === 'mine' && again.frames === first.frames).toBe(true);
    // The caller's copy: completing one analysis does not lengthen the cached explanation.
    const a = fp.complete(generic(message), first);
    const b = fp.complete(generic(message), again);
    const c = fp.fingerprint(generic(message));
    expect(b.explain).toEqual(a.explain);
    expect(c).toEqual(a);
    expect(createFingerprinter({ cache: false }).fingerprint(generic(message))).toEqual(a);
    // The miner saw the repeats: a message of the same template is grouped with them.
    expect(fp.fingerprint(generic('sync of account 9876 failed: upstream said no')).fingerprint).toBe(a.fingerprint);
  });

  it('keeps service and runtime hint in the key', () => {
    const fp = createFingerprinter();
    expect(fp.fingerprint(input({ service: 'web' })).fingerprint).not.toBe(fp.fingerprint(input({ service: 'api' })).fingerprint);
  });
});

describe('cache equivalence on the labelled corpus', () => {
  const HINTS: Record<string, string> = { javascript: 'nodejs', java: 'java', python: 'python', go: 'go', dotnet: 'dotnet', ruby: 'ruby', php: 'php' };
  const rows = Object.keys(HINTS).flatMap((runtime) =>
    readFileSync(new URL(`../../fixtures/fingerprint/corpus/${runtime}.ndjson`, import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((line) => ({ ...(JSON.parse(line) as FingerprintInput), runtime: HINTS[runtime], source: 'span' as const })),
  );

  it('gives exactly what an uncached fingerprinter gives, on every trace, twice over', () => {
    const cached = createFingerprinter();
    const plain = createFingerprinter({ cache: false });
    // Twice in different orders: the second pass is served from the cache.
    const sequence = [...rows, ...[...rows].reverse()];
    const view = (r: ReturnType<typeof cached.fingerprint>) => ({ fingerprint: r.fingerprint, type: r.type, message: r.message, culprit: r.culprit, frames: r.frames, aliases: r.aliases, explain: r.explain });
    for (const input of sequence) expect(view(cached.fingerprint(input)), `${input.type}: ${input.message}`).toEqual(view(plain.fingerprint(input)));
    expect(rows.length).toBeGreaterThan(400);
  });

  it('shows each repeat its own message while the fingerprint stays the same', () => {
    const fp = createFingerprinter();
    const a = fp.fingerprint(input({ message: 'order 1 failed', stacktrace: trace.replace(/^TypeError: .*$/m, 'TypeError: order 1 failed') }));
    const b = fp.fingerprint(input({ message: 'order 2 failed', stacktrace: trace.replace(/^TypeError: .*$/m, 'TypeError: order 2 failed') }));
    const cold = createFingerprinter({ cache: false }).fingerprint(input({ message: 'order 2 failed', stacktrace: trace.replace(/^TypeError: .*$/m, 'TypeError: order 2 failed') }));
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(b.message).toBe(cold.message);
  });

  it('keeps apart what the place a record names keeps apart, when no frame was parsed', () => {
    // A trace no parser reads gives no crash site: the span's name says where (stackless-place.ts),
    // and a cached answer for one span must not stand for another's.
    const of = (cache: boolean) => {
      const fp = createFingerprinter({ cache });
      const at = (spanName: string) => fp.fingerprint(input({ type: 'TimeoutError', message: '', stacktrace: 'no frames here\nnor here', spanName })).fingerprint;
      return [at('GET /orders'), at('GET /users'), at('GET /orders')];
    };
    const [orders, users, again] = of(true);
    expect(users).not.toBe(orders);
    expect(again).toBe(orders);
    expect(of(false)).toEqual([orders, users, again]);
  });
});
