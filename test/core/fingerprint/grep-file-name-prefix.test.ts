// A syslog line as grep(1) prints it from several files, after the file's name and a colon
// (src/core/fingerprint/transport-header.ts GREP_FILE_NAME; GNU grep's --with-filename, the
// default over more than one file, and --line-number). pscedu/slash2#200 pasted FreeBSD's
// `was killed: out of swap space` lines bare and as `/var/log/messages.1:Jan 17 …`
// (os-logs-src/freebsd.txt).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutTransportHeader } from '../../../src/core/fingerprint/transport-header.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'freebsd-syslog', body, severityText: 'ERROR' })));
}

describe('a file name grep printed before a syslog line', () => {
  it('reads as the syslog line it found', () => {
    expect(withoutTransportHeader('/var/log/messages.1:Jan 17 14:03:56 sense3.pvt.psc.edu kernel: pid 8490 (sliod), uid 0, was killed: out of swap space'))
      .toBe('kernel: pid 8490 (sliod), uid 0, was killed: out of swap space');
    // With -n, the line number after the name.
    expect(withoutTransportHeader('/var/log/syslog:1042:Mar 22 18:03:12 host bluetoothd[860]: Failed to set mode: Failed (0x03)'))
      .toBe('bluetoothd: Failed to set mode: Failed (0x03)');
    const [grepped, bare] = signatures([
      '/var/log/messages.1:Jan 17 14:03:56 sense3.pvt.psc.edu kernel: pid 8490 (sliod), uid 0, was killed: out of swap space',
      'Jan 24 01:46:15 sense4.pvt.psc.edu kernel: pid 41663 (sliod), uid 0, was killed: out of swap space',
    ]);
    expect(grepped).toBe(bare);
  });

  it('keeps a name and a colon before anything but a syslog header', () => {
    for (const line of [
      // A program naming the file it read, then its own words.
      '/etc/fstab: line 3: bad mount option',
      'config.yml:12: mapping values are not allowed here',
      // A name before a message with no syslog header.
      '/var/log/messages:Connection refused',
      // A space after the colon: not grep's layout.
      '/var/log/messages: Jan 17 14:03:56 sense3 kernel: pid 8490 (sliod), uid 0, was killed: out of swap space',
    ]) expect(withoutTransportHeader(line)).toBe(line);
  });
});
