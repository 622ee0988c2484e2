// A request path's query (RFC 3986 §3.4) is the path's value (parameterize.ts): Tornado 6.6.1's
// access line (programs/tornado, server-logs-13.test.ts) writes `GET /carrier?url=http%3A%2F%2F…`
// for a request with a query, and the query's percent-encoded text left the path a token of its
// own shape: those lines were a template apart from the same statement's other GET lines.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'tracking', body }).fingerprint;

describe("a request path's query", () => {
  it("Tornado's access line with and without a query is one signature", () => {
    const f = createFingerprinter();
    const plain = log(f, '[I 261205 20:35:50 web:2591] 200 GET /shipments/S-100 (127.0.0.1) 22.03ms');
    const queried = log(f, '[E 261205 20:35:50 web:2591] 502 GET /carrier?url=http%3A%2F%2F127.0.0.1%3A47649%2Ftrack (127.0.0.1) 15.66ms');
    expect(queried).toBe(plain);
    expect(parameterize('502 GET /carrier?url=http%3A%2F%2Fapi.carrier.invalid%2Ftrack (127.0.0.1)', true)).toBe('<int> GET <path> (<ip>)');
  });

  it('near misses: a question mark ending a sentence, a path without a query', () => {
    expect(parameterize('is it /etc/app.conf? no', true)).toBe('is it <path>? no');
    expect(parameterize('cannot open /var/lib/app/state.db', true)).toBe('cannot open <path>');
  });
});
