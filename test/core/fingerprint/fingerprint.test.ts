import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { costRatio } from '../../helpers/cost-ratio.js';
import { ALGORITHM, createFingerprinter, RuleError, upgradeFingerprint } from '../../../src/core/fingerprint/index.js';

const java = (cls: string, line: number) => [
  'java.lang.NumberFormatException: For input string: "x1"',
  '\tat java.base/java.lang.Integer.parseInt(Integer.java:652)',
  `\tat com.acme.${cls}.parseQty(${cls}.java:${line})`,
  `\tat com.acme.Api.post(Api.java:${line + 40})`,
].join('\n');
const span = (stacktrace: string, extra = {}) => ({ source: 'span' as const, service: 'shop', type: 'java.lang.NumberFormatException', message: 'For input string: "x1"', stacktrace, ...extra });

describe('createFingerprinter', () => {
  it('ignores line numbers and tags every result with the algorithm', () => {
    const fp = createFingerprinter();
    const a = fp.fingerprint(span(java('Cart', 10)));
    const b = fp.fingerprint(span(java('Cart', 99)));
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(a.algorithm).toBe(ALGORITHM);
    expect(a.culprit).toBe('com.acme.Cart.parseQty (Cart.java)');
    expect(a.frames[0]).toMatchObject({ module: 'java.lang.Integer', inApp: false });
    expect(a.frames[1]).toMatchObject({ function: 'parseQty', inApp: true, line: 10 });
  });

  it('separates the same type thrown at different crash sites, and different services', () => {
    const fp = createFingerprinter();
    const a = fp.fingerprint(span(java('Cart', 10)));
    expect(fp.fingerprint(span(java('Refund', 10))).fingerprint).not.toBe(a.fingerprint);
    expect(fp.fingerprint(span(java('Cart', 10), { service: 'other' })).fingerprint).not.toBe(a.fingerprint);
  });

  it('explains what contributed and what did not', () => {
    const { explain } = createFingerprinter().fingerprint(span(java('Cart', 10)));
    expect(explain.join('\n')).toMatch(/crash site: com\.acme\.Cart\.parseQty — contributes/);
    expect(explain.join('\n')).toMatch(/message: ignored/);
    expect(explain.join('\n')).toMatch(/line and column numbers never contribute/);
  });

  it('honours inAppInclude / inAppExclude globs (exclude wins)', () => {
    const trace = 'java.lang.IllegalStateException: x\n\tat org.acme.lib.Pool.take(Pool.java:1)\n\tat com.acme.gen.Stub.call(Stub.java:2)\n\tat com.acme.Svc.run(Svc.java:3)';
    const input = { source: 'span' as const, service: 's', stacktrace: trace };
    expect(createFingerprinter().fingerprint(input).culprit).toMatch(/^org\.acme\.lib\.Pool\.take/);
    const configured = createFingerprinter({ inAppExclude: ['org.acme.lib.*', 'com.acme.gen.*'] });
    expect(configured.fingerprint(input).culprit).toMatch(/^com\.acme\.Svc\.run/);
    const included = createFingerprinter({ inAppInclude: ['com.acme.*'], inAppExclude: ['org.acme.*'] });
    expect(included.fingerprint(input).culprit).toMatch(/^com\.acme\.gen\.Stub\.call/);
  });

  it('degrades an unknown trace format to type + mined message', () => {
    const fp = createFingerprinter();
    const a = fp.fingerprint({ source: 'span', service: 's', type: 'WeirdError', message: 'disk 3 full', stacktrace: 'no frames here' });
    const b = fp.fingerprint({ source: 'span', service: 's', type: 'WeirdError', message: 'disk 7 full', stacktrace: 'other text' });
    const c = fp.fingerprint({ source: 'span', service: 's', type: 'OtherError', message: 'disk 7 full' });
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(c.fingerprint).not.toBe(a.fingerprint);
    expect(a.explain.join('\n')).toMatch(/no stack frame was parsed/);
  });

  it('bounds the cost of huge inputs', () => {
    const fp = createFingerprinter({ cache: false });
    const trace = (lines: number) => 'java.lang.IllegalStateException: x\n' + '\tat com.acme.A.b(A.java:1)\n'.repeat(lines);
    const huge = trace(200_000);
    const r = fp.fingerprint({ source: 'span', service: 's', stacktrace: huge, message: 'y'.repeat(5_000_000) });
    expect(r.frames.length).toBeLessThanOrEqual(200);
    // Inputs are cut before they are read: 100× the text may cost a few times more (copying
    // the cut), never 100×.
    const small = trace(2_000);
    // The messages are made before the timed calls, a new one for each call (a string used again
    // has its hash cached) and flat, as decoded text is (\`repeat\` builds a rope, which the first
    // slice copies whole): making a 5 MB rope inside the calls measured the allocator, and the
    // collections it set off on a busy machine, along with the fingerprinter.
    const messages = (length: number) => Array.from({ length: 6 }, (_, i) => Buffer.from('y'.repeat(length - i)).toString());
    const hugeMessages = messages(5_000_000);
    const smallMessages = messages(50_000);
    let calls = 0;
    const ratio = costRatio(
      () => fp.fingerprint({ source: 'span', service: 's', stacktrace: huge, message: hugeMessages[calls++ % 6] }),
      () => fp.fingerprint({ source: 'span', service: 's', stacktrace: small, message: smallMessages[calls++ % 6] }),
    );
    expect(ratio).toBeLessThan(20);
    const longLine = fp.fingerprint({ source: 'log', service: 's', body: 'a '.repeat(2_000_000) });
    expect(longLine.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('custom rules', () => {
  const rules = {
    rules: [
      { name: 'timeouts', match: { type: '*TimeoutException', service: 'check*' }, fingerprint: ['timeouts', '{{ service }}'] },
      { match: { message: '*tenant*', attributes: { 'tenant.id': 't-*' } }, fingerprint: ['{{ default }}', '{{ attributes.tenant.id }}'] },
      { match: { frame: 'com.acme.legacy.*' }, fingerprint: ['legacy', '{{ function }}'] },
    ],
  };

  it('replaces the built-in fingerprint with literals and variables (first match wins)', () => {
    const fp = createFingerprinter({ rules });
    const a = fp.fingerprint({ source: 'span', service: 'checkout', type: 'java.net.SocketTimeoutException', message: 'Read timed out' });
    const b = fp.fingerprint({ source: 'span', service: 'checkout', type: 'org.x.ConnectTimeoutException', message: 'other' });
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(a.explain.at(-1)).toMatch(/rule "timeouts": matched/);
  });

  it('{{ default }} extends the built-in fingerprint', () => {
    const fp = createFingerprinter({ rules });
    const plain = createFingerprinter();
    const base = { source: 'log' as const, service: 's', body: 'quota exceeded for tenant' };
    const t1 = fp.fingerprint({ ...base, attributes: { 'tenant.id': 't-1' } });
    const t2 = fp.fingerprint({ ...base, attributes: { 'tenant.id': 't-2' } });
    const none = fp.fingerprint({ ...base, attributes: {} });
    expect(t1.fingerprint).not.toBe(t2.fingerprint);
    expect(none.fingerprint).toBe(plain.fingerprint(base).fingerprint);
  });

  it('matches on frames', () => {
    const fp = createFingerprinter({ rules });
    const a = fp.fingerprint({ source: 'span', service: 's', stacktrace: 'java.lang.IllegalStateException: a\n\tat com.acme.legacy.Old.run(Old.java:1)' });
    const b = fp.fingerprint({ source: 'span', service: 's', stacktrace: 'java.lang.NullPointerException: b\n\tat com.acme.legacy.Old.run(Old.java:9)' });
    expect(b.fingerprint).toBe(a.fingerprint);
  });

  it('rejects malformed rules with the rule index', () => {
    expect(() => createFingerprinter({ rules: [{ match: { color: 'x' }, fingerprint: ['a'] }] })).toThrow(RuleError);
    expect(() => createFingerprinter({ rules: [{ match: {}, fingerprint: [] }] })).toThrow(/rule 0/);
    expect(() => createFingerprinter({ rules: 'nope' })).toThrow(RuleError);
  });
});

describe('upgradeFingerprint', () => {
  it('maps an fp0 signature to the current fingerprint via a stored occurrence and keeps the old one as alias', () => {
    const fp = createFingerprinter();
    const sample = span(java('Cart', 10));
    const up = upgradeFingerprint(fp, { fingerprint: 'old0', algorithm: 'fp0', source: 'span', service: 'shop', type: sample.type, message: sample.message }, sample);
    expect(up).toMatchObject({ algorithm: ALGORITHM, changed: true, basis: 'sample', aliases: ['old0'] });
    expect(up.fingerprint).toBe(createFingerprinter().fingerprint(sample).fingerprint);
  });

  it('maps a plain-log signature from its stored template, and leaves current ones alone', () => {
    const fp = createFingerprinter();
    const live = fp.fingerprint({ source: 'log', service: 'db', body: 'deadlock detected on table orders' });
    const up = upgradeFingerprint(fp, { fingerprint: 'old1', algorithm: 'fp0', source: 'log', service: 'db', type: 'ERROR', message: 'deadlock detected on table orders' });
    expect(up.fingerprint).toBe(live.fingerprint);
    expect(up.basis).toBe('summary');
    const same = upgradeFingerprint(fp, { fingerprint: live.fingerprint, algorithm: ALGORITHM, source: 'log', service: 'db', type: 'ERROR', message: '' });
    expect(same).toMatchObject({ changed: false, fingerprint: live.fingerprint });
  });
});

describe('purity', () => {
  it('src/core/fingerprint imports no I/O or framework modules', () => {
    const dir = fileURLToPath(new URL('../../../src/core/fingerprint/', import.meta.url));
    const files: string[] = [];
    const walk = (d: string) => readdirSync(d).forEach((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : files.push(join(d, f))));
    walk(dir);
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const imports = [...readFileSync(f, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const i of imports) expect(i, f).toMatch(/^(?:\.{1,2}\/|node:crypto$)/);
    }
  });
});

describe('error machinery above the crash site', () => {
  const fp = createFingerprinter();
  const goTrace = (caller: string) => `out of stock: x1\nexample.com/shop/errs.capture\n\t/app/errs/errs.go:20\nexample.com/shop/errs.New\n\t/app/errs/errs.go:26\nmain.${caller}\n\t/app/main.go:63\nmain.main\n\t/app/main.go:90`;
  it('two callers of one error helper are two signatures, named by the callers', () => {
    const a = fp.fingerprint({ source: 'span', service: 'shop', type: '*errs.Error', message: 'out of stock: x1', stacktrace: goTrace('reserveStock') });
    const b = fp.fingerprint({ source: 'span', service: 'shop', type: '*errs.Error', message: 'out of stock: x1', stacktrace: goTrace('applyCoupon') });
    expect(a.fingerprint).not.toBe(b.fingerprint);
    expect(a.culprit).toBe('main.reserveStock (app/main.go)');
    expect(a.explain.some((e) => e.startsWith('error machinery above the crash site: example.com/shop/errs.capture | example.com/shop/errs.New'))).toBe(true);
  });
  it('a function whose name only starts with "require" as a word part is not a precondition accessor', () => {
    const trace = (fn: string) => `java.lang.IllegalStateException: bad\n\tat com.acme.Plan.${fn}(Plan.kt:3)\n\tat com.acme.Shop.checkout(Shop.kt:40)`;
    for (const fn of ['requirements', 'requiredFields']) {
      expect(fp.fingerprint({ source: 'span', service: 'shop', stacktrace: trace(fn) }).culprit).toBe(`com.acme.Plan.${fn} (Plan.kt)`);
    }
    expect(fp.fingerprint({ source: 'span', service: 'shop', stacktrace: trace('getRequirePlan') }).culprit).toBe('com.acme.Shop.checkout (Shop.kt)');
  });
  it('a helper that is the only in-app frame stays the crash site', () => {
    const r = fp.fingerprint({ source: 'span', service: 'shop', type: 'java.lang.IllegalArgumentException', message: 'bad', stacktrace: 'java.lang.IllegalArgumentException: bad\n\tat com.acme.Check.argument(Check.java:3)\n\tat java.base/java.lang.Thread.run(Thread.java:833)' });
    expect(r.culprit).toBe('com.acme.Check.argument (Check.java)');
  });
});
