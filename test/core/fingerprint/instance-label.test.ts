// A configured instance's snake_case name with its colon, opening a log line's message, is what
// the statement is about, a value (instance-label.ts). Real lines: Debian 12's BIRD 2.0.12 with
// BGP protocols peer_b, peer_c, peer_d, peer_x (programs/bird2, server-logs-31.test.ts), where one
// BGP trace or error was one signature per protocol.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'bird', body }).fingerprint;
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe("a configured instance's name opening a message", () => {
  it("BIRD's traces and errors about two protocols are one signature per statement", () => {
    const f = createFingerprinter();
    const b = log(f, '2026-12-06 11:36:43.662 <TRACE> peer_b: Connect delayed by 5 seconds');
    expect(log(f, '2026-12-06 11:36:43.662 <TRACE> peer_d: Connect delayed by 20 seconds')).toBe(b);
    const started = log(f, '2026-12-06 11:36:43.662 <TRACE> peer_x: Started');
    expect(log(f, '2026-12-06 11:37:34.847 <TRACE> peer_e: Started')).toBe(started);
    expect(log(f, '2026-12-06 11:38:07.049 <TRACE> peer_d: Down')).not.toBe(started);
    const badAs = log(f, '2026-12-06 11:36:48.128 <RMT> peer_c: Error: Bad peer AS: 65003');
    expect(log(f, '2026-12-06 11:37:03.528 <RMT> peer_x: Error: Bad peer AS: 65123')).toBe(badAs);
    expect(log(f, '2026-12-06 11:37:03.528 <RMT> peer_x: Error: Bad BGP identifier: 00000000')).not.toBe(badAs);
    expect(tokens('2026-12-06 11:36:43.662 <TRACE> peer_b: Started')).toEqual(['<date>', '<TRACE>', '<name>', 'Started']);
    expect(tokens('2026-12-06 11:36:43 ERROR ix_decix: Connection lost')[2]).toBe('<name>');
  });

  it("near misses: the program's label or name, a label before a value, a name inside the sentence", () => {
    // a plain word with its colon is the program's label, its own name or a Go package's
    expect(tokens('2026-12-06 11:36:43.662 <ERR> error: Started')).toContain('error:');
    expect(tokens('x509: certificate signed by unknown authority')[0]).toBe('x509:');
    // a snake_case label before a value is the statement's own label
    expect(tokens('user_id: 42 not found')[0]).toBe('user_id:');
    // a name with a capital, one opening with `_` (Python's logger of a script)
    expect(tokens('VI_api: Entering MASTER STATE')[0]).toBe('VI_api:');
    expect(tokens('__main__: Starting worker')[0]).toBe('__main__:');
    // with no level header: a C function's name opens Loghub Mac's messages in the same shape
    // (test/fixtures/loghub-dev/Mac.tsv), and names the statement
    expect(tokens('send_datagram_available_ping: pid 445 failed to act on a ping it dequeued before timing out.')[0]).toBe('send_datagram_available_ping:');
    expect(tokens('peer_b: Started')[0]).toBe('peer_b:');
    // inside the sentence, after a word that is no header
    expect(tokens('2026-12-06 11:36:43.662 <TRACE> session peer_b: Started')).toContain('peer_b:');
  });
});
