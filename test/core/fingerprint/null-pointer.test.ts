// glibc's `(nil)` for a null pointer printed with `%p` is a pointer like `0x…` (null-pointer.ts):
// rtpengine 10.5.3.5's websocket.c `http-only callback %i %p %p` with its user pointer set or NULL
// was two templates (programs/rtpengine, server-logs-55.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isNullPointer } from '../../../src/core/fingerprint/null-pointer.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';

function together(a: string, b: string): boolean {
  const fp = createFingerprinter();
  const ids = resolveAliases([a, b, a, b].map((body) => fp.fingerprint({ source: 'log', service: 'rtpengine', body })));
  return ids[0] === ids[1];
}

describe("glibc's (nil) for a null pointer", () => {
  it('is a pointer in a log line, beside or instead of a 0x… one', () => {
    expect(templateTokens('http-only callback <int> <hex> (nil)', 40)).toEqual(['http-only', 'callback', '<int> <hex> <hex>']);
    expect(together('DEBUG: [http] http-only callback 31 0x5584b9033e48 (nil)', 'DEBUG: [http] http-only callback 17 0x5584b9030b10 0x7f5bd2bf9df0')).toBe(true);
    expect(together('free(): buffer (nil), size 0', 'free(): buffer 0x55d0c8a1b2c0, size 16')).toBe(true);
  });

  it('near misses: code that passes nil, a labelled value, an exception message, other words in parentheses', () => {
    expect(isNullPointer('html_escape(nil)')).toBe(false);
    expect(isNullPointer('{}(nil)}')).toBe(false);
    expect(isNullPointer('driver=(nil)')).toBe(false);
    expect(isNullPointer('(null)')).toBe(false);
    expect(templateTokens('expected a value, got (nil)', 40, 'message')).toContain('(nil)');
    expect(together('DEBUG: [http] http-only callback 31 0x5584b9033e48 (nil)', 'DEBUG: [http] http-only callback 31 0x5584b9033e48 (closed)')).toBe(false);
  });
});
