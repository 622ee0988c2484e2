// RFC 6761's special-use domain names are host names (parameterize.ts HOST): `.invalid` above all,
// the name an operator or a test gives a host that must not resolve. Monit 5.33 (programs/monit,
// monit.ndjson) writes the host its protocol test could not resolve inside brackets,
// `'ghost' failed protocol test [HTTP] at [no-such-host.invalid]:80 [TCP/IP] -- Cannot resolve
// [no-such-host.invalid]:80`; `.test` and `.example` were masked there and `.invalid` was not, so
// each unresolvable host was a statement of its own. monit GA 0.784 → 0.828 (npx tsx
// bench/grouping-server-logs.ts), no other set moved.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { resolveAliases } from '../../helpers/loghub.js';

describe("RFC 6761's special-use names are hosts", () => {
  it('a `.invalid` or `.localhost` name is masked as `.test` and `.example` ones are', () => {
    expect(parameterize('Cannot resolve [no-such-host.invalid]:80', true)).toBe(parameterize('Cannot resolve [db.example.test]:80', true));
    expect(parameterize('dial api.localhost failed', true)).toBe('dial <hostname> failed');
  });

  it("Monit's protocol tests of two unresolvable hosts are one statement", () => {
    const f = createFingerprinter();
    const [a, b] = resolveAliases(
      [
        // Monit's checks whose hosts answer: the head is a value's place (head-value-place.ts).
        ...['api', 'billing', 'cache'].map((c) => `'${c}' failed protocol test [HTTP] at [127.0.0.1]:8080 [TCP/IP] -- Connection refused`),
        "'ghost' failed protocol test [HTTP] at [no-such-host.invalid]:80 [TCP/IP] -- Cannot resolve [no-such-host.invalid]:80",
        "'phantom' failed protocol test [PGSQL] at [db.example.invalid]:5432 [TCP/IP] -- Cannot resolve [db.example.invalid]:5432",
      ].map((body) => f.fingerprint({ source: 'log', service: 'monit', body })),
    ).slice(3);
    expect(a).toBe(b);
  });

  it('near miss: a word that only starts so, or stands alone, stays a word', () => {
    expect(parameterize('cache.invalidate() failed', true)).toContain('cache.invalidate()');
    expect(parameterize('token invalid for localhost', true)).toBe('token invalid for localhost');
    expect(parameterize('connect to localhost refused', true)).toBe('connect to localhost refused');
  });
});
