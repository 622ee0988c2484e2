// The kind of algorithm after `no matching algo` is a value (negotiated-algorithm-kind.ts). Real
// lines: Debian 12's Dropbear 2022.83 against OpenSSH 9.2p1 clients offering only an old key
// exchange, a cipher, a MAC or a host key type it lacks, where common-kex.c's `No matching algo %s`
// was four signatures (programs/dropbear, server-logs-48.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'dropbear', body }).fingerprint;
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('the kind of algorithm after `no matching algo`', () => {
  it("dropbear's failed negotiations are one signature whatever the kind", () => {
    const f = createFingerprinter();
    const none = log(f, '[30470] Dec 06 20:49:36 Exit before auth from <127.0.0.1:41630>: No matching algo kex');
    expect(log(f, '[30472] Dec 06 20:49:36 Exit before auth from <127.0.0.1:41636>: No matching algo enc c->s')).toBe(none);
    expect(log(f, '[30474] Dec 06 20:49:36 Exit before auth from <127.0.0.1:41642>: No matching algo mac c->s')).toBe(none);
    expect(log(f, '[30476] Dec 06 20:49:36 Exit before auth from <127.0.0.1:41650>: No matching algo hostkey')).toBe(none);
    expect(tokens('No matching algo comp s->c')).toEqual(['No', 'matching', 'algo', '<*>']);
    expect(tokens('no matching algorithm kex')).toEqual(['no', 'matching', 'algorithm', '<*>']);
  });

  it('near misses: a word stating what happened, a grammar word, a longer sentence, no `no matching`', () => {
    expect(tokens('No matching algorithm found')).toContain('found');
    expect(tokens('No matching algorithm offered')).toContain('offered');
    expect(tokens('no matching algo for kex')).toContain('kex');
    expect(tokens('no matching algo kex in the list the client sent')).toContain('kex');
    expect(tokens('no matching algo kex c->s now')).toContain('kex');
    expect(tokens('using algo kex')).toContain('kex');
    expect(tokens('no matching algo Curve25519')).toContain('Curve25519');
  });
});
