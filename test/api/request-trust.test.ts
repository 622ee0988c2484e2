import { describe, expect, it } from 'vitest';
import { hostName, trustPolicy, untrustedRequest } from '../../src/api/request-trust.js';

const get = (host: string) => ({ method: 'GET', headers: { host } });

describe('keyless API trust policy', () => {
  it('reads host names from Host headers', () => {
    expect(hostName('LocalHost:4320')).toBe('localhost');
    expect(hostName('[::1]:4320')).toBe('::1');
    expect(hostName('rounds.internal.')).toBe('rounds.internal');
    expect(hostName('::1')).toBe('::1');
  });

  it('accepts loopback names, the bind host and API_ALLOWED_HOSTS; nothing else', () => {
    const policy = trustPolicy({ API_HOST: '10.0.0.7', API_ALLOWED_HOSTS: ['Rounds.Internal'] });
    for (const host of ['127.0.0.1:4320', 'localhost', 'app.localhost:4320', '10.0.0.7:4320', 'rounds.internal:4320']) expect(untrustedRequest(get(host), policy), host).toBeUndefined();
    expect(untrustedRequest(get('evil.example:4320'), policy)?.kind).toBe('host');
    expect(untrustedRequest(get('10.0.0.8:4320'), policy)?.kind).toBe('host');
  });

  it('skips the Host check when told to (`*`) or when bound to every interface with no names listed', () => {
    expect(untrustedRequest(get('anything:1'), trustPolicy({ API_HOST: '127.0.0.1', API_ALLOWED_HOSTS: ['*'] }))).toBeUndefined();
    expect(untrustedRequest(get('anything:1'), trustPolicy({ API_HOST: '0.0.0.0' }))).toBeUndefined();
    expect(untrustedRequest(get('anything:1'), trustPolicy({ API_HOST: '0.0.0.0', API_ALLOWED_HOSTS: ['rounds.lan'] }))?.kind).toBe('host');
  });

  it('checks the origin of state changes only', () => {
    const policy = trustPolicy({ API_HOST: '127.0.0.1' });
    const host = '127.0.0.1:4320';
    expect(untrustedRequest({ method: 'GET', headers: { host, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } }, policy)).toBeUndefined();
    expect(untrustedRequest({ method: 'POST', headers: { host, origin: 'https://evil.example' } }, policy)?.kind).toBe('origin');
    expect(untrustedRequest({ method: 'POST', headers: { host: 'localhost', origin: 'http://localhost:80' } }, policy)).toBeUndefined();
    expect(untrustedRequest({ method: 'POST', headers: { host, 'sec-fetch-site': 'none' } }, policy)).toBeUndefined();
    expect(untrustedRequest({ method: 'DELETE', headers: { host, 'sec-fetch-site': 'cross-site' } }, policy)?.kind).toBe('origin');
  });
});
