// A V8 frame copied without the space before its location (`at assert(node:internal/assert:14:10)`):
// found in threads-55 (issue-thread-traces-55.test.ts), nodejs/node#51489's and #56780's copies of
// one internal assertion (src/core/fingerprint/v8-unspaced-frame.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', type: 'TypeError', message: 'boom', stacktrace }).fingerprint;
const SPACED = 'TypeError: boom\n    at parseOrder (/app/src/orders.js:12:9)\n    at new Checkout (/app/src/checkout.js:40:3)\n    at handle (/app/src/server.js:7:5)';
const UNSPACED = 'TypeError: boom\n    at parseOrder(/app/src/orders.js:12:9)\n    at new Checkout(/app/src/checkout.js:40:3)\n    at handle(/app/src/server.js:7:5)';

describe('a V8 frame without the space before its location', () => {
  it('is read as its function and location', () => {
    const frames = parseStacktrace(UNSPACED).exceptions[0].frames;
    expect(frames[0]).toMatchObject({ function: 'parseOrder', file: '/app/src/orders.js', line: 12, column: 9 });
    expect(frames[1]).toMatchObject({ function: 'Checkout', file: '/app/src/checkout.js', line: 40 });
    expect(parseStacktrace('Error: x\nat assert(node:internal/assert:14:10)').exceptions[0].frames[0]).toMatchObject({ function: 'assert', file: 'node:internal/assert', line: 14 });
  });

  it('is one signature with the same trace spaced', () => {
    expect(fp(UNSPACED)).toBe(fp(SPACED));
  });

  it('near misses: another function unspaced stays apart; builtins and anonymous locations keep their readings', () => {
    expect(fp(UNSPACED.replace('parseOrder(', 'parseRefund('))).not.toBe(fp(UNSPACED));
    const t = parseStacktrace('TypeError: boom\n    at async Promise.all (index 0)\n    at /app/src/a.js:3:1\n    at handle(/app/src/server.js:7:5)');
    expect(t.runtime).toBe('javascript');
    const frames = t.exceptions[0].frames;
    expect(frames).toHaveLength(3);
    expect(frames[0].file).toBeUndefined();
    expect(frames[1]).toMatchObject({ file: '/app/src/a.js', line: 3 });
    expect(frames[1].function).toBeUndefined();
    expect(frames[2]).toMatchObject({ function: 'handle', file: '/app/src/server.js', line: 7 });
  });
});
