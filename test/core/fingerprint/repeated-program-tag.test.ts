// A program's own syslog-style prefix after the transport's tag is the line's tag
// (src/core/fingerprint/repeated-program-tag.ts). Lines are rows of
// test/fixtures/fingerprint/corpus/issue-thread-logs-3.ndjson, each thread beside it.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withProgramsOwnTag } from '../../../src/core/fingerprint/repeated-program-tag.js';

const reader = () => {
  const fp = createFingerprinter();
  return (body: string) => fp.fingerprint({ source: 'log', service: 'linux-syslog', body, severityText: 'ERROR' });
};

describe("a program's own prefix after its syslog tag", () => {
  it("reads dbus 1.6's line alike through syslog and through its stderr in the journal", () => {
    // https://github.com/NixOS/nixos/issues/273
    const read = reader();
    const [journal, syslog] = [
      "Oct 08 06:44:20 needle dbus-daemon[2597]: dbus[2597]: [system] Activating via systemd: service name='org.freedesktop.PolicyKit1' unit='polkit.service'",
      "Oct 08 06:44:20 needle dbus[2597]: [system] Activating via systemd: service name='org.freedesktop.PolicyKit1' unit='polkit.service'",
    ].map(read);
    expect(journal.fingerprint).toBe(syslog.fingerprint);
  });

  it('drops the tag the program repeats itself', () => {
    // https://github.com/open-iscsi/open-iscsi/issues/387
    const read = reader();
    const line = read('Jan 03 03:57:32 fedora iscsid[40456]: iscsid: Received iferror -107: Transport endpoint is not connected.');
    expect(line.message.startsWith('iscsid: Received iferror')).toBe(true);
  });

  it("near misses: another program's name, and the kernel's", () => {
    // A name other than the tag, without a pid, is the message's own (pop-os/cosmic-applets#659).
    const text = 'cosmic-panel: com.system76.CosmicAppletBluetooth: bluetooth request error: Bluetooth operation failed: Failed';
    expect(withProgramsOwnTag(text)).toBe(text);
    // The kernel's messages name devices and subsystems first (`usb 1-2: `, `md: `): never a program's tag.
    expect(withProgramsOwnTag('kernel: kernel: x')).toBe('kernel: kernel: x');
  });
});
