// A goroutine header run into the line before it (go-run-in-goroutine-header.ts): net/http's
// `http: panic serving …: VALUE` whose line break before `goroutine N [running]:` a paste lost
// is read as the logged panic it is, one signature with the same panic pasted whole
// (puma/puma-dev#34 vs #23; threads-25, issue-thread-traces-25.test.ts), and a goroutine named
// at a line's end with no frame under it is left alone.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withGoroutineHeaderOnItsOwnLine } from '../../../src/core/fingerprint/go-run-in-goroutine-header.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const puma = loadThreadTraces('threads-25', 'go').filter((r) => r.group === 'go:t25:pumadev-director-slice');
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const whole = [
  '2026/12/06 09:30:00 http: panic serving 10.0.0.7:51512: runtime error: index out of range [2] with length 2',
  'goroutine 41 [running]:',
  'net/http.(*conn).serve.func1(0xc000180000)',
  '\t/usr/local/go/src/net/http/server.go:1854 +0xbf',
  'panic({0x6b2a40, 0xc00001a1c8})',
  '\t/usr/local/go/src/runtime/panic.go:890 +0x263',
  'shop/api.(*Server).cart(0xc0000a2000, {0x7f1d40, 0xc0001b2000}, 0xc0001a8000)',
  '\t/src/shop/api/cart.go:31 +0x1d4',
].join('\n');

describe('a goroutine header run into the line before it', () => {
  it('real: the paste with the run-in header and the whole one are one signature (puma/puma-dev#34, #23)', () => {
    expect(puma).toHaveLength(2);
    expect(new Set(signaturesInOrder(puma)).size).toBe(1);
  });

  it('real: the logged panic value is read as the message', () => {
    expect(fp(puma[0].stacktrace!).message).toBe('runtime error: slice bounds out of range');
  });

  it('run in with or without a space, the panic reads as when the header had its own line', () => {
    const glued = whole.replace(' length 2\ngoroutine', ' length 2goroutine');
    const spaced = whole.replace(' length 2\ngoroutine', ' length 2 goroutine');
    expect(fp(glued).fingerprint).toBe(fp(whole).fingerprint);
    expect(fp(spaced).fingerprint).toBe(fp(whole).fingerprint);
    expect(withGoroutineHeaderOnItsOwnLine(glued)).toBe(whole);
  });

  it('near miss: run-in headers of panics at two crash sites are two signatures', () => {
    const a = whole.replace(' length 2\ngoroutine', ' length 2goroutine');
    expect(fp(a).fingerprint).not.toBe(fp(a.replace('(*Server).cart', '(*Server).checkout')).fingerprint);
  });

  it('near miss: a goroutine named at the end of a line with no frame under it is left as it is', () => {
    const prose = 'the watchdog saw goroutine 12 [chan receive]:\nwaiting on the queue since start\nno stack was captured';
    expect(withGoroutineHeaderOnItsOwnLine(prose)).toBe(prose);
    const noFile = 'stuck: goroutine 3 [select]:\nshop/api.(*Server).poll(0x1)\nwaiting';
    expect(withGoroutineHeaderOnItsOwnLine(noFile)).toBe(noFile);
  });
});
