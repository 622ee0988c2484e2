// systemd's job status lines read with the unit's description as one value
// (src/core/fingerprint/systemd-unit-status.ts). Lines are rows of
// test/fixtures/fingerprint/corpus/issue-thread-logs-3.ndjson, each thread beside it.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

function signatures(lines: string[]): string[] {
  const fp = createFingerprinter();
  return lines.map((body) => fp.fingerprint({ source: 'log', service: 'linux-syslog', body, severityText: 'ERROR' }).fingerprint);
}

describe("systemd's job status lines", () => {
  it('group every unit under one verb, whatever its description says', () => {
    const started = [
      'Jun 21 08:56:16 povx systemd[1]: Started Machine Check Exception Logging Daemon.', // andikleen/mcelog#80
      'Dec 18 10:09:05 test systemd[1]: Started Session c2 of user root.', // mempodippy/vlany#28
      'Jul 03 13:14:54 login.vc-a systemd[1]: Started LSB: slurm daemon management.', // clustervision/trinity#335
      'Apr 19 23:20:08 systemd-testsuite systemd[1]: Started Process Core Dump (PID 471/UID 0).', // systemd/systemd#2984
      'nov 11 14:27:41 - systemd[996]: Started Sound Service.', // alsa-project/alsa-lib#89, the user instance
      'Dec 16 22:58:29 sj-i7 systemd[1]: Started firewalld - dynamic firewall daemon.', // minishift/minishift#2777
    ];
    const starting = [
      'Mar 22 18:03:12 xxxxx-Yoga-Slim-7-14ARE05 systemd[1]: Starting Bluetooth service...', // blueman-project/blueman#2048
      'Mar 11 19:52:29 ubuntu1804.localdomain systemd[1]: Starting chrony, an NTP client/server...', // NVIDIA/deepops#469
      'Mär 10 21:24:23 cloud systemd[1]: Starting Message of the Day...', // nextcloud-snap/nextcloud-snap#2355
    ];
    const stopping = [
      '[    6.511892] systemd[1]: Stopping udev Coldplug all Devices...', // coreos/bugs#178, from dmesg
      'Mär 10 21:24:28 cloud systemd[1]: Stopping Service for snap application nextcloud.apache...',
    ];
    const s = signatures([...started, ...starting, ...stopping]);
    expect(new Set(s.slice(0, started.length)).size).toBe(1);
    expect(new Set(s.slice(started.length, started.length + starting.length)).size).toBe(1);
    expect(new Set(s.slice(started.length + starting.length)).size).toBe(1);
    expect(new Set([s[0], s[started.length], s[started.length + starting.length]]).size).toBe(3);
  });

  it("keeps the verb's unit type word: a target's stop is not a service's", () => {
    const [target, service] = signatures([
      'Dec 18 10:09:15 test systemd[6375]: Stopped target Basic System.', // mempodippy/vlany#28
      'Apr 07 12:19:37 SecHackLabs systemd[1]: Stopped Network Service.', // systemd/systemd#12236
    ]);
    expect(target).not.toBe(service);
  });

  it("leaves a line whose ending is not its verb's, the manager's own `Reloading.`, and other programs' lines", () => {
    // Older systemd wrote a target's stop as `Stopping %s.` (coreos/bugs#178): not a service's
    // `Stopping %s...`, and not one value either.
    const [serviceStop, targetStop, otherTarget] = signatures([
      '[    6.516146] systemd[1]: Stopping udev Kernel Device Manager...',
      '[    6.514406] systemd[1]: Stopping Swap.',
      '[    6.515291] systemd[1]: Stopping Local File Systems.',
    ]);
    expect(serviceStop).not.toBe(targetStop);
    expect(targetStop).not.toBe(otherTarget);
    const fp = createFingerprinter();
    const read = (body: string) => fp.fingerprint({ source: 'log', service: 'linux-syslog', body, severityText: 'ERROR' }).message;
    expect(read('Mär 10 21:24:22 cloud systemd[1]: Reloading.')).toBe('systemd: Reloading.');
    // Another program's words after the same verb are its own (blueman-project/blueman#2048).
    expect(read('Mar 22 18:03:12 xxxxx-Yoga-Slim-7-14ARE05 bluetoothd[860]: Starting SDP server')).toBe('bluetoothd: Starting SDP server');
  });
});
