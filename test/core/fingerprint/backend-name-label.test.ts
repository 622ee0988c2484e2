// A backend's name written as the label of what a line says about it is a value
// (backend-name-label.ts). Real lines: Debian 12's varnish 7.1.1 read by `varnishlog -g raw`
// with two VCL backends on closed ports, `orders` and `billing` (programs/varnish,
// server-logs-16.test.ts), where cache_backend.c's `backend %s: fail errno %d (%s)` was one
// signature per backend. pgpool-II's `backend pid: %d` (programs/pgpool2, server-logs-52.test.ts)
// is the near miss a field's label makes.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('a backend’s name as the label of what a line says about it', () => {
  it("Varnish's refused connections to two backends are one signature, its other FetchErrors apart", () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'varnish', body }).fingerprint;
    const refused = t('     32777 FetchError     b backend orders: fail errno 111 (Connection refused)');
    expect(t('        12 FetchError     b backend billing: fail errno 111 (Connection refused)')).toBe(refused);
    expect(t('     65561 FetchError     b backend billing: fail errno 111 (Connection refused)')).toBe(refused);
    const unhealthy = t('        40 FetchError     b backend orders: unhealthy');
    expect(unhealthy).not.toBe(refused);
    expect(t('        41 FetchError     b backend billing: unhealthy')).toBe(unhealthy);
    expect(t('     32771 FetchError     b first byte timeout')).not.toBe(refused);
    expect(tokens('backend orders: fail errno 111 (Connection refused)')).toContain('<name>:');
    expect(tokens('Backend api_v2: unhealthy')).toContain('<name>:');
  });

  it('near misses: a field or failure word as label, a value after the label, no colon, another kind', () => {
    expect(tokens('DB node id: 0 backend pid: 18532 statement: SELECT 1')).toContain('pid:');
    expect(tokens('backend status: up')).toContain('status:');
    expect(tokens('backend down: restarting')).toContain('down:');
    expect(tokens('backend error: connection refused')).toContain('error:');
    expect(tokens('backend orders: 503')).toContain('orders:');
    expect(tokens('backend connection refused')).toContain('connection');
    expect(tokens('Backend fetch failed')).toContain('fetch');
    expect(tokens('frontend disconnection: session time: 0:00:00.023 user=app')).toContain('disconnection:');
    expect(tokens('upstream billing: fail errno 111')).toContain('billing:');
  });
});
