// Operating-system log headers that split one statement into two signatures when unread
// (src/core/fingerprint/transport-header.ts): BSD syslog without a pid, a macOS unified-log line
// copied without its time and thread, OS X syslog(1)'s `std` lines, a program's pid in dmesg,
// OpenWrt's logread, journalctl's short-iso zone without its colon, logcat's long layout, and PBS
// and Torque daemons' logs. The lines are from
// test/fixtures/fingerprint/corpus/issue-thread-logs-3.ndjson (os-logs-src/linux.txt and
// macos.txt, each with its thread's URL, given beside each case here).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutTransportHeader } from '../../../src/core/fingerprint/transport-header.js';

describe('operating-system log headers', () => {
  it.each([
    // https://github.com/util-linux/util-linux/pull/1558 (su writes no pid on that host)
    ['BSD syslog without a pid', 'Jan  7 20:00:50 localhost su: (to root) root on pts/5', 'su: (to root) root on pts/5'],
    // https://github.com/mempodippy/vlany/issues/28 (systemd's PAM session, no pid)
    ['BSD syslog without a pid, a PAM session', 'Dec 18 10:12:01 test systemd: pam_unix(systemd-user:session): session opened for user root by (uid=0)', 'systemd: pam_unix(systemd-user:session): session opened for user root by (uid=0)'],
    // https://github.com/NixOS/nixpkgs/issues/345333 (`log stream` pasted from its third column on)
    ['a unified-log line without its time and thread', 'Error 0x0 0 0 kernel: (Sandbox) Sandbox: ollama-sandbox(4615) deny(1) mach-lookup com.apple.logd', 'kernel: (Sandbox) Sandbox: ollama-sandbox(4615) deny(1) mach-lookup com.apple.logd'],
    // https://github.com/hishamhm/htop/issues/449
    ['OS X syslog(1) std, without time and host', 'kernel[0] <Notice>: Sandbox: htop(51550) System Policy: allow(0) mach-priv-task-port', 'kernel: Sandbox: htop(51550) System Policy: allow(0) mach-priv-task-port'],
    // https://github.com/systemd/systemd/pull/29134 (journalctl -o short-iso and short-iso-precise, before it)
    ['journalctl short-iso, its zone without a colon', '2023-09-08T17:20:30+0200 tarta r710_fan_controller.sh[20911]: Highest drive temperature: 43 Celcius.', 'r710_fan_controller.sh: Highest drive temperature: 43 Celcius.'],
    ['journalctl short-iso-precise', '2023-09-08T17:20:30.655028+0200 tarta r710_fan_controller.sh[20911]: Highest drive temperature: 43 Celcius.', 'r710_fan_controller.sh: Highest drive temperature: 43 Celcius.'],
    // https://github.com/Malinskiy/action-android/pull/24 (`adb logcat -v long`)
    ['logcat long, its header on a line of its own', '[ 06-14 07:35:25.940  2056: 2138 D/CarDrivingState ]\nProperty Changed: propId=291504647', 'CarDrivingState: Property Changed: propId=291504647'],
    ['logcat long, a padded tag', '[ 06-14 07:35:26.342  2056: 2138 I/chatty   ]\nuid=1000(system) VEHICLE-HAL identical 2 lines', 'chatty: uid=1000(system) VEHICLE-HAL identical 2 lines'],
    // https://github.com/openpbs/openpbs/pull/1786 and https://github.com/adaptivecomputing/torque/issues/149 (PBS daemons' logs)
    ['a PBS MoM job record', '05/29/2020 11:48:55;0008;pbs_mom;Job;1251.blrlap836-centos7;Started, pid = 7336', 'pbs_mom: Job 1251.blrlap836-centos7: Started, pid = 7336'],
    ['a Torque server record naming its function', '06/11/2013 00:13:59;0004;PBS_Server;Svr;svr_connect;attempting connect to host 10.10.4.83 port 15002', 'PBS_Server: Svr svr_connect: attempting connect to host 10.10.4.83 port 15002'],
    ['a Torque request record without an object name', '06/11/2013 00:13:59;0100;PBS_Server;Req;;Type AsyncRunJob request received from root@batch, sock=13', 'PBS_Server: Req: Type AsyncRunJob request received from root@batch, sock=13'],
    // https://github.com/coolsnowwolf/lede/issues/11302 (OpenWrt's logread)
    ['OpenWrt logread, a daemon', "Sun Jun 11 23:02:41 2023 daemon.notice netifd: Network device 'eth5' link is down", "netifd: Network device 'eth5' link is down"],
    ['OpenWrt logread, the kernel with its timestamp', 'Sun Jun 11 23:02:41 2023 kern.info kernel: [39210.778735] igc 0000:05:00.0 eth5: NIC Link is Down', 'kernel: igc 0000:05:00.0 eth5: NIC Link is Down'],
  ])('%s', (_name, line, message) => {
    expect(withoutTransportHeader(line)).toBe(message);
  });

  // Near misses, in the shapes of an application's own lines: its timestamp then its words.
  it.each([
    ['a capitalised word where the host would be', 'Mar 16 16:05:18 Connection failed: refused'],
    ['a failure word where the program would be', 'Mar 16 16:05:18 db error: pool exhausted'],
    ['a severity where the program would be', 'Mar 16 16:05:18 worker warning: queue at 90%'],
    ['a Windows error code first', 'Error 0x800f081f: The source files could not be found.'],
    ['a bracketed pid without an ASL level', 'kernel[0] Notice: Sandbox: htop(51550) allow'],
    ['a ctime date and a dotted word that is no facility', 'Sun Jun 11 23:02:41 2023 config.yaml loaded: 3 routes'],
    ['a US date and fields split by semicolons but no PBS event class', '05/29/2020 11:48:55;INFO;worker;Job;42;queue full'],
  ])('leaves %s as it is', (_name, line) => {
    expect(withoutTransportHeader(line)).toBe(line);
  });

  it('groups one statement whether its header has a pid or its time columns or not, and keeps programs apart', () => {
    const fp = createFingerprinter();
    const f = (body: string) => fp.fingerprint({ source: 'log', service: 'os', body, severityText: 'ERROR' }).fingerprint;
    // https://github.com/util-linux/util-linux/pull/1558: the same su statement, with and without a pid.
    expect(f('Jan  7 20:00:50 localhost su: (to root) root on pts/5')).toBe(f('Jan  7 20:54:32 localhost su[10827]: (to root) root on pts/6'));
    expect(f('Jan  7 20:00:50 localhost su: pam_unix(su:session): session opened for user root(uid=0) by sam(uid=0)'))
      .toBe(f('Jan  7 20:54:32 localhost su[10827]: pam_unix(su:session): session opened for user root(uid=0) by sam(uid=0)'));
    // https://github.com/NixOS/nixpkgs/issues/345333 and https://github.com/wazuh/wazuh/issues/15771:
    // the Sandbox kext's deny line, cut and whole.
    expect(f('Error 0x0 0 0 kernel: (Sandbox) Sandbox: ollama-sandbox(4615) deny(1) mach-lookup com.apple.diagnosticd'))
      .toBe(f('2022-12-26 17:48:14.837819-0300 0x1f36     Error       0x0                  0      0    kernel: (Sandbox) Sandbox: sshd(1733) deny(1) mach-lookup com.apple.diagnosticd'));
    // https://github.com/systemd/systemd/issues/15445 and /12236: systemd-networkd's line from
    // dmesg (written to /dev/kmsg with its pid) and from the journal.
    const gained = [
      f('[   26.257065] systemd-networkd[681]: veth7e084358: Gained carrier'),
      f('[   31.713171] systemd-networkd[681]: veth189c614a: Gained carrier'),
      f('Apr 07 12:19:30 SecHackLabs systemd-networkd[12459]: tun0: Gained carrier'),
    ];
    expect(new Set(gained).size).toBe(1);
    // https://github.com/coolsnowwolf/lede/issues/11302: one of the thread's kernel lines through
    // logread, and another with logread's prefix cut, as dmesg prints the ring buffer.
    expect(f('Sun Jun 11 23:03:15 2023 kern.info kernel: [39245.340970] igc 0000:05:00.0 eth5: NIC Link is Down')).toBe(f('[39210.778735] igc 0000:05:00.0 eth5: NIC Link is Down'));
    // https://github.com/Malinskiy/action-android/pull/24: two statements of one tag in logcat's
    // long layout were one signature, their shared header line all of the template.
    expect(f('[ 06-14 07:35:26.653  1894: 2024 I/GnssLocationProvider ]\nWakeLock acquired by sendMessage(REPORT_SV_STATUS, 0, com.android.server.location.GnssLocationProvider$SvStatusInfo@6986c7a)'))
      .not.toBe(f('[ 06-14 07:35:26.654  1894: 1916 I/GnssLocationProvider ]\nWakeLock released by handleMessage(REPORT_SV_STATUS, 0, com.android.server.location.GnssLocationProvider$SvStatusInfo@6986c7a)'));
    // Another statement of su stays apart (the same thread).
    expect(f('Jan  7 20:52:50 localhost su[22245]: Successful su for root by root')).not.toBe(f('Jan  7 20:00:50 localhost su: (to root) root on pts/5'));
  });
});
