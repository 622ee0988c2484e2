// Token and line rules that came from the MariaDB, BIND 9 and RabbitMQ logs of
// server-logs.test.ts, with their near misses.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

const log = (body: string) => ({ source: 'log' as const, service: 'svc', body });

describe('acronyms joined by a slash', () => {
  it('name protocols: another protocol, or another version of one, is another statement', () => {
    // BIND 9's two port-range lines were one signature: `UDP/IPv4` / `UDP/IPv6` are not values.
    const fp = createFingerprinter();
    const f = (body: string) => fp.fingerprint(log(body)).fingerprint;
    expect(f('using default UDP/IPv4 port range: [32768, 60999]')).not.toBe(f('using default UDP/IPv6 port range: [32768, 60999]'));
    expect(f('handshake over TCP/IP failed for peer 7')).not.toBe(f('handshake over UDP/IP failed for peer 7'));
    expect(f('negotiated SSL/TLSv1 with client 3')).not.toBe(f('negotiated SSL/TLSv3 with client 3'));
  });

  it('near misses: an instance number, or a relative path, stays a value', () => {
    const fp = createFingerprinter();
    const f = (body: string) => fp.fingerprint(log(body)).fingerprint;
    // other digits than a version number an instance of one kind
    expect(f('interrupt storm on CPU0/IRQ12 handled in 4 ms')).toBe(f('interrupt storm on CPU1/IRQ19 handled in 9 ms'));
    // a path of lower-case words is a value as before (MariaDB's `hr/pay` tablespace)
    expect(f('Ignoring tablespace for hr/pay because it could not be opened.')).toBe(f('Ignoring tablespace for shop/orders because it could not be opened.'));
  });
});
