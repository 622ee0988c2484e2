// Token and line rules that came from the MariaDB, BIND 9 and RabbitMQ logs of
// server-logs.test.ts, with their near misses.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { joinedRecord } from '../../../src/core/fingerprint/transport-header.js';

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

describe('a record written line by line behind one header', () => {
  const hdr = '2026-12-05 02:06:52.363483+00:00 [error] <0.748.0> ';
  it('is one message: the header once, its lines joined', () => {
    expect(joinedRecord(`${hdr}Error on AMQP connection <0.748.0> (a -> b, state: starting):\n${hdr}PLAIN login refused: user 'admin' - invalid credentials`)).toBe(
      `${hdr}Error on AMQP connection <0.748.0> (a -> b, state: starting): PLAIN login refused: user 'admin' - invalid credentials`,
    );
    // a first word the lines share belongs to the message, not the header
    expect(joinedRecord(`${hdr}closing AMQP connection <0.1.0>:\n${hdr}closing reason unknown`)).toBe(`${hdr}closing AMQP connection <0.1.0>: closing reason unknown`);
  });

  it('keeps its reasons apart: RabbitMQ states the failure on the second line', () => {
    const fp = createFingerprinter();
    const f = (pid: string, reason: string) => {
      const h = `2026-12-05 02:06:53.79538${pid.length}+00:00 [error] <0.${pid}.0> `;
      return fp.fingerprint({ source: 'log', service: 'rabbitmq', body: `${h}Error on AMQP connection <0.${pid}.0> (127.0.0.1:4${pid} -> 127.0.0.1:5673, user: 'app', state: opening):\n${h}${reason}` }).fingerprint;
    };
    const notFound = f('784', 'vhost nosuch not found');
    expect(f('808', "access to vhost 'shop' refused for user 'viewer'")).not.toBe(notFound);
    expect(f('800', 'vhost nosuch not found')).toBe(notFound);
  });

  it('near misses: lines of different records, a stack trace, a short prefix are left as they are', () => {
    const two = '2026-12-05 02:06:52.100000+00:00 [error] <0.1.0> first\n2026-12-05 02:06:52.200000+00:00 [error] <0.1.0> second';
    expect(joinedRecord(two)).toBe(two);
    const trace = 'java.lang.IllegalStateException: boom\n\tat com.acme.A.run(A.java:12)\n\tat com.acme.B.run(B.java:7)';
    expect(joinedRecord(trace)).toBe(trace);
    const short = 'E1 a\nE1 b';
    expect(joinedRecord(short)).toBe(short);
    const words = 'Error on connection: refused\nError on connection: reset';
    expect(joinedRecord(words)).toBe(words);
  });
});
