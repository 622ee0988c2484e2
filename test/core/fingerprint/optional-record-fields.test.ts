// A key=value record whose program appends a field only when it holds (src/core/fingerprint/
// optional-record-fields.ts, read by variable-run.ts). Lines are rows of
// test/fixtures/fingerprint/corpus/issue-thread-logs-3.ndjson (os-logs-src/linux.txt), each with
// its thread; the formats are wpa_supplicant's events.c (`CTRL-EVENT-DISCONNECTED "bssid=" MACSTR
// " reason=%d%s"` with ` locally_generated=1` or nothing; `CTRL-EVENT-REGDOM-CHANGE "init=%s
// type=%s%s%s"` with ` alpha2=<country>` or nothing) and OpenZFS's zed.d/all-syslog.sh (`eid=%s
// class=%s`, then `pool=`, `vdev=`, `vdev_state=` … each where the event has it).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { optionalFieldsAt } from '../../../src/core/fingerprint/optional-record-fields.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(lines: string[]): string[] {
  const fp = createFingerprinter();
  // Aliases followed, as the store does when two templates merge.
  return resolveAliases(lines.map((body) => fp.fingerprint({ source: 'log', service: 'linux-syslog', body, severityText: 'ERROR' })));
}

// lwfinger/rtw89#22 (locally generated) and RPi-Distro/firmware-nonfree#38 (by the access point).
const DISCONNECTED_LOCAL = 'Jul 20 00:19:42 pca-yoga wpa_supplicant[1485]: wlan0: CTRL-EVENT-DISCONNECTED bssid=68:a0:3e:71:6d:60 reason=3 locally_generated=1';
const DISCONNECTED = 'Aug 03 15:38:56 office-paperpi wpa_supplicant[563]: wlan0: CTRL-EVENT-DISCONNECTED bssid=e0:63:da:18:43:db reason=6';
// lwfinger/rtw89#22 (no country) and raspberrypi/linux#6049 (a country's).
const REGDOM = 'Jul 20 00:19:54 pca-yoga wpa_supplicant[1485]: wlan0: CTRL-EVENT-REGDOM-CHANGE init=CORE type=WORLD';
const REGDOM_COUNTRY = 'Apr 18 14:06:39 host wpa_supplicant[271179]: wlan0: CTRL-EVENT-REGDOM-CHANGE init=COUNTRY_IE type=COUNTRY alpha2=GB';
// openzfs/zfs#7132: one zed event with a pool, one with its vdev too, one with the vdev's state.
const ZED = [
  "Aug 24 05:12:06 vm-postgresql64 zed[392051]: eid=588213 class=io_failure pool='tank'",
  "Aug 24 05:12:06 vm-postgresql64 zed[392013]: eid=588211 class=vdev.unknown pool='tank' vdev=sdc1",
  "Aug 24 05:12:06 vm-postgresql64 zed[392006]: eid=588212 class=statechange pool='tank' vdev=sdc1 vdev_state=UNAVAIL",
];

describe("a record's optional fields at its end", () => {
  it('groups an event with its optional field and without it, whichever comes first', () => {
    const [a, b] = signatures([DISCONNECTED_LOCAL, DISCONNECTED]);
    expect(a).toBe(b);
    const [c, d] = signatures([DISCONNECTED, DISCONNECTED_LOCAL]);
    expect(c).toBe(d);
    const [e, f] = signatures([REGDOM, REGDOM_COUNTRY]);
    expect(e).toBe(f);
    const zed = signatures(ZED);
    expect(new Set(zed).size).toBe(1);
    const reversed = signatures([...ZED].reverse());
    expect(new Set(reversed).size).toBe(1);
  });

  it('keeps two events apart, and fields that are no optional tail', () => {
    // Two events of one program, their records alike: the event's name tells them apart.
    const [disconnected, regdom] = signatures([DISCONNECTED_LOCAL, REGDOM_COUNTRY]);
    expect(disconnected).not.toBe(regdom);
    // zed's own `Invoking` / `Finished` lines (openzfs/zfs#8755): `exit=` is added, but the word before differs.
    const [invoking, finished] = signatures([
      'May 17 09:50:14 apollo zed[20668]: Invoking "all-syslog.sh" eid=9484 pid=3967',
      'May 17 09:50:14 apollo zed[20668]: Finished "all-syslog.sh" eid=9484 pid=3967 exit=0',
    ]);
    expect(invoking).not.toBe(finished);
    for (const [shorter, longer] of [
      // A word added at the end, not a field: it may state another outcome.
      [DISCONNECTED, `${DISCONNECTED} failed`],
      // A record of one field: after free text, `key=value` is the text's own value.
      ['Aug 03 15:38:56 office-paperpi wpa_supplicant[563]: wlan0: Trying to associate with ssid=home', 'Aug 03 15:38:56 office-paperpi wpa_supplicant[563]: wlan0: Trying to associate with ssid=home freq=2412'],
      // A field inserted before the record's last: no optional tail.
      [REGDOM, 'Jul 20 00:19:54 pca-yoga wpa_supplicant[1485]: wlan0: CTRL-EVENT-REGDOM-CHANGE init=CORE alpha2=GB type=WORLD'],
      // More fields than a flag or two: another record.
      [DISCONNECTED, `${DISCONNECTED} a=1 b=2 c=3 d=4 e=5 f=6 g=7`],
    ]) {
      const [s, l] = signatures([shorter, longer]);
      expect(s, longer).not.toBe(l);
    }
  });

  it('reads a tail as optional fields only after a record, of new keys', () => {
    const record = ['wlan0:', 'CTRL-EVENT-DISCONNECTED', 'bssid=<*>', 'reason=<*>'];
    expect(optionalFieldsAt([...record, 'locally_generated=<*>'], 4, 5)).toBe(true);
    expect(optionalFieldsAt(record, 4, 4)).toBe(true);
    // A key printed again is a list, not an optional field.
    expect(optionalFieldsAt([...record, 'reason=<*>'], 4, 5)).toBe(false);
    // One field before the tail is no record; fields alone name nothing.
    expect(optionalFieldsAt(['Trying', 'to', 'associate', 'with', 'ssid=<*>', 'freq=<*>'], 5, 6)).toBe(false);
    expect(optionalFieldsAt(['eid=<*>', 'class=<*>', 'pool=<*>'], 2, 3)).toBe(false);
  });
});
