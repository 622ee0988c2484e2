// A load balancer's frontend or backend id after the word for its kind is a value
// (proxy-section-name.ts). Real lines: HAProxy 2.6 losing every server of two backends
// (programs/haproxy, server-logs.test.ts), where backend.c's `%s %s has no server available!` was
// one signature per backend.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('a proxy section’s id after the word for its kind', () => {
  it("HAProxy's backends without a server are one signature", () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'haproxy', body }).fingerprint;
    const gone = t('Dec  5 01:21:05 vm haproxy[30726]: backend be_gone has no server available!');
    expect(t('Dec  5 01:21:06 vm haproxy[30726]: backend be_slow has no server available!')).toBe(gone);
    expect(t('Dec  5 01:21:07 vm haproxy[30726]: backend www-backend has no server available!')).toBe(gone);
    expect(t('Dec  5 01:21:08 vm haproxy[30726]: Server be_app/app1 is DOWN, reason: Layer4 connection problem, info: "Connection refused", check duration: 0ms.')).not.toBe(gone);
  });

  it('near misses: a plain word after the kind, no kind word before', () => {
    expect(tokens('backend connection refused')).toContain('connection');
    expect(tokens('frontend server closed the stream')).toContain('server');
    expect(tokens('using be_gone as fallback')).toContain('be_gone');
  });
});
