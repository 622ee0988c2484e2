// Operating-system log headers of the os-logs corpus's fourth round (transport-header.ts): launchd's
// `com.apple.xpc.launchd[1] (label): ` in OS X's system.log, a syslog line cut to its time of day,
// `dmesg -H`'s relative times and minute stamps, `dmesg -r`'s priority, and Console.app's copy of
// a unified-log entry (macOS 10.12 and later). Lines as os-logs-src/linux.txt and macos.txt list
// them, each with its thread's URL beside it here. Before: the header's host, time or type word
// was part of the template, and one statement was a signature per thread.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutTransportHeader } from '../../../src/core/fingerprint/transport-header.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'linux-syslog', body, severityText: 'ERROR' })));
}

describe('dmesg, launchd and Console.app headers', () => {
  it.each([
    // https://github.com/AppHouseKitchen/AlDente-Battery_Care_and_Monitoring/issues/11
    ['launchd in system.log', 'Jun  1 09:08:32 Family-MacBook-Pro com.apple.xpc.launchd[1] (com.davidwernhart.AlDente-LaunchAtLoginHelper): Service only ran for 4 seconds. Pushing respawn out by 6 seconds.', 'com.apple.xpc.launchd: (com.davidwernhart.AlDente-LaunchAtLoginHelper): Service only ran for 4 seconds. Pushing respawn out by 6 seconds.'],
    // https://github.com/Homebrew/homebrew-php/issues/1394 (copied without time and host)
    ['launchd without time and host', 'com.apple.xpc.launchd[1] (homebrew.mxcl.php55[64365]): Service exited with abnormal code: 78', 'com.apple.xpc.launchd: (homebrew.mxcl.php55[64365]): Service exited with abnormal code: 78'],
    // https://github.com/zen-kernel/zen-kernel/issues/190
    ['a journal line cut to its time', '07:37:18 kernel: iwlwifi 0000:02:00.0: Start IWL Error Log Dump:', 'kernel: iwlwifi 0000:02:00.0: Start IWL Error Log Dump:'],
    // https://github.com/balena-os/meta-balena/issues/1979
    ['dmesg -H, relative time', '[  +0.514791] iwlwifi 0000:3a:00.0: Applying debug destination EXTERNAL_DRAM', 'kernel: iwlwifi 0000:3a:00.0: Applying debug destination EXTERNAL_DRAM'],
    // https://github.com/maharmstone/btrfs/issues/788 (a locale with a decimal comma, and the minute stamp)
    ['dmesg -H, decimal comma', '[  +0,000004] BTRFS info (device nvme0n1p2): turning on async discard', 'kernel: BTRFS info (device nvme0n1p2): turning on async discard'],
    ['dmesg -H, minute stamp', '[Apr19 18:52] BTRFS: error (device nvme0n1p2) in btrfs_commit_transaction:2564: errno=-5 IO failure (Error while writing out transaction)', 'kernel: BTRFS: error (device nvme0n1p2) in btrfs_commit_transaction:2564: errno=-5 IO failure (Error while writing out transaction)'],
    // https://github.com/open-power/op-build/issues/1685
    ['dmesg -r, the priority kept', '<3>[   12.358258] BTRFS error (device dm-2): open_ctree failed', 'kernel: BTRFS error (device dm-2): open_ctree failed'],
    // https://github.com/apparition47/MailTrackerBlocker/issues/11 and /26
    ['Console.app, French types', 'erreur\t14:21:33.302172 +0100\tkernel\tSandbox: mds(76) System Policy: deny(1) file-read-metadata /Users/nat/Library', 'kernel: Sandbox: mds(76) System Policy: deny(1) file-read-metadata /Users/nat/Library'],
    ['Console.app, English types', 'error\t09:38:33.530481+0100\tkernel\tSandbox: mds(169) System Policy: deny(1) file-read-metadata /Users/jh/Library', 'kernel: Sandbox: mds(169) System Policy: deny(1) file-read-metadata /Users/jh/Library'],
  ])('%s', (_name, line, message) => {
    expect(withoutTransportHeader(line)).toBe(message);
  });

  it.each([
    // A program's own `name[n] (…)` with no reverse-DNS name, or no `(…): ` after it.
    ['a worker and its index in parentheses', 'Jun  1 09:08:32 host worker[3] (pid 5): started'],
    ['a dotted tag with no label after it', 'Jun  1 09:08:32 host com.apple.xpc.launchd[1] Service exited'],
    // A time before a bare word is an application's own layout: read as before (no header).
    ['a time and a level', '07:37:18 ERROR: connection refused'],
    // Brackets that are not dmesg's: a signed number without a fraction, a tag.
    ['a signed count in brackets', '[+5] items queued'],
    ['a tag and a number', '[Apr19] rotated'],
    // Tabs that are not Console.app's: a time without its zone.
    ['tab-separated without a zone', 'error\t09:38:33.530481\tkernel\tmessage'],
  ])('near miss: %s stays as it was', (_name, line) => {
    expect(withoutTransportHeader(line)).toBe(line);
  });

  it("real: launchd's respawn line of four services on three hosts is one signature (four threads)", () => {
    const ids = signatures([
      'Jun  1 09:08:32 Family-MacBook-Pro com.apple.xpc.launchd[1] (com.davidwernhart.AlDente-LaunchAtLoginHelper): Service only ran for 4 seconds. Pushing respawn out by 6 seconds.',
      'Aug  3 21:59:50 Clymene com.apple.xpc.launchd[1] (com.apple.KernelEventAgent): Service only ran for 4 seconds. Pushing respawn out by 6 seconds.',
      'Aug 13 21:25:03 eliahus-MBP com.apple.xpc.launchd[1] (com.dmitrynikolaev.numi3helper): Service only ran for 0 seconds. Pushing respawn out by 10 seconds.',
      'com.apple.xpc.launchd[1] (wtf.spinach.APGLaunchHelper): Service only ran for 0 seconds. Pushing respawn out by 10 seconds.',
    ]);
    expect(new Set(ids).size).toBe(1);
  });

  it("real: launchd's exit line, a service with its pid, joins across hosts and stays apart from the respawn line", () => {
    const ids = signatures([
      'Jun  1 09:08:32 Family-MacBook-Pro com.apple.xpc.launchd[1] (com.davidwernhart.AlDente-LaunchAtLoginHelper[8302]): Service exited with abnormal code: 78',
      'Oct 26 07:49:11 Xinyande-MacBook-Air com.apple.xpc.launchd[1] (com.qiuyuzhou.shadowsocksX-NG.local[21593]): Service exited with abnormal code: 255',
      'com.apple.xpc.launchd[1] (homebrew.mxcl.php55[64365]): Service exited with abnormal code: 78',
      'Jun  1 09:08:32 Family-MacBook-Pro com.apple.xpc.launchd[1] (com.davidwernhart.AlDente-LaunchAtLoginHelper): Service only ran for 4 seconds. Pushing respawn out by 6 seconds.',
    ]);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[3]).not.toBe(ids[0]);
  });

  it('real: iwlwifi lines under dmesg, dmesg -H and a cut journal header are one signature per statement', () => {
    const ids = signatures([
      // https://github.com/openwrt/openwrt/issues/10858, https://github.com/zen-kernel/zen-kernel/issues/190
      '[35370.893367] iwlwifi 0000:01:00.0: Start IWL Error Log Dump:',
      '07:37:18 kernel: iwlwifi 0000:02:00.0: Start IWL Error Log Dump:',
      // https://github.com/clearlinux/distribution/issues/1071, https://github.com/balena-os/meta-balena/issues/1979
      '[ 1999.842977] iwlwifi 0000:00:14.3: FW already configured (0) - re-configuring',
      '[  +0.066939] iwlwifi 0000:3a:00.0: FW already configured (0) - re-configuring',
    ]);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    expect(ids[0]).not.toBe(ids[2]);
  });
});
