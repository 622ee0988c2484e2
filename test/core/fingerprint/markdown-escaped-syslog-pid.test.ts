// A syslog header whose pid brackets a Markdown editor escaped (src/core/fingerprint/
// transport-header.ts BSD): hamonikr/hamonikr-system#6 pasted bluetoothd's journal as
// `10월 12 14:08:31 build bluetoothd\[876\]: …`, with two trailing spaces a line, beside
// blueman-project/blueman#2048's `Mar 22 18:03:12 … bluetoothd[860]: …` of the same BlueZ 5
// statements (os-logs-src/linux.txt lists both).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutTransportHeader } from '../../../src/core/fingerprint/transport-header.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'linux-syslog', body, severityText: 'ERROR' })));
}

describe('a syslog pid in escaped brackets', () => {
  it('reads as the same header with plain brackets', () => {
    expect(withoutTransportHeader('10월 12 14:08:31 build bluetoothd\\[876\\]: Bluetooth management interface 1.21 initialized  '))
      .toBe('bluetoothd: Bluetooth management interface 1.21 initialized  ');
    const [escaped, plain] = signatures([
      '10월 12 14:08:31 build bluetoothd\\[876\\]: Bluetooth management interface 1.21 initialized  ',
      'Mar 22 18:03:12 xxxxx-Yoga-Slim-7-14ARE05 bluetoothd[860]: Bluetooth management interface 1.21 initialized',
    ]);
    expect(escaped).toBe(plain);
  });

  it('reads no more than a pid so', () => {
    // Escaped brackets around a word are no pid: the line as it came.
    const word = 'Mar 22 18:03:12 host bluetoothd\\[main\\]: Failed to set mode';
    expect(withoutTransportHeader(word)).toBe(word);
    // Without syslog's time before it, the tag and pid are no transport's header, escaped or not.
    expect(withoutTransportHeader('bluetoothd\\[876\\]: Failed to set mode: Blocked through rfkill (0x12)'))
      .toBe('bluetoothd\\[876\\]: Failed to set mode: Blocked through rfkill (0x12)');
    // Two statements under escaped pids stay two.
    const [mode, endpoint] = signatures([
      '10월 12 14:08:31 build bluetoothd\\[876\\]: Failed to set mode: Blocked through rfkill (0x12)  ',
      '10월 12 14:08:35 build bluetoothd\\[876\\]: Endpoint registered: sender=:1.37 path=/MediaEndpoint/>  ',
    ]);
    expect(mode).not.toBe(endpoint);
  });
});
