// The header a log transport writes before a line (src/core/fingerprint/transport-header.ts):
// the lines below are real ones from public issue threads (test/fixtures/fingerprint/corpus/
// issue-thread-logs.ndjson, sources there) or written in the formats' own specifications'
// shapes (RFC 3164, RFC 5424, klog's header as documented in k8s.io/klog).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutTransportHeader } from '../../../src/core/fingerprint/transport-header.js';
import { costRatio } from '../../helpers/cost-ratio.js';

describe('transport headers before a log line', () => {
  it.each([
    ['journald (BSD syslog)', 'Mar 16 16:05:18 obercloud systemd[1]: snap.nextcloud.redis-server.service: Failed with result \'exit-code\'.', "systemd: snap.nextcloud.redis-server.service: Failed with result 'exit-code'."],
    ['BSD syslog with PRI and a one-digit day', '<13>Nov  7 22:09:12 kuroni systemd[1]: Failed to start Optimus Manager.', 'systemd: Failed to start Optimus Manager.'],
    ['a month in the host\'s locale', 'okt 09 23:00:01 HomeC systemd[1]: Starting systemd-cron hourly target.', 'systemd: Starting systemd-cron hourly target.'],
    ['a month in another script', '8月 21 10:13:55 nas dockerd[812]: container exited', 'dockerd: container exited'],
    // hamonikr/hamonikr-system#6 (issue-thread-logs-3.ndjson): the ko_KR locale's month.
    ['a month in Korean', '10월 12 14:08:31 build bluetoothd[876]: Bluetooth management interface 1.21 initialized', 'bluetoothd: Bluetooth management interface 1.21 initialized'],
    ['dmesg: a program\'s line loses its pid as in syslog', '[   26.257065] systemd-networkd[681]: veth7e084358: Gained carrier', 'systemd-networkd: veth7e084358: Gained carrier'],
    ['the kernel\'s timestamp after journald', 'Aug  5 07:27:14 DOCKER-RYZEN kernel: [86813.898404] br-20f869d38afa: port 17(vethf24de83) entered disabled state', 'kernel: br-20f869d38afa: port 17(vethf24de83) entered disabled state'],
    ['the kernel has no pid', 'Apr 15 17:21:40 minikube kernel: Out of memory: Killed process 4242', 'kernel: Out of memory: Killed process 4242'],
    ['rsyslog high precision', '2024-03-01T13:19:25.736+01:00 web-2 nginx[6014]: connect() failed', 'nginx: connect() failed'],
    ['RFC 5424 with structured data', '<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut="3" eventSource="Application"] An application event', 'evntslog: An application event'],
    ['RFC 5424 without structured data', '<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su 42 ID47 - \'su root\' failed for lonvick', "su: 'su root' failed for lonvick"],
    ['klog', 'W0223 13:13:33.437283       5 controller.go:739] service default/ingress does not have any active endpoint', 'controller.go:739] service default/ingress does not have any active endpoint'],
    ['structured klog: its quoted message is read as words', 'May 12 11:18:48 k8s-master01 kubelet[39085]: E0512 11:18:48.474993   39085 remote_runtime.go:205] "StopPodSandbox from runtime service failed" err="rpc error: code = DeadlineExceeded" podSandboxID="b25b"', 'kubelet: remote_runtime.go:205] StopPodSandbox from runtime service failed err="rpc error: code = DeadlineExceeded" podSandboxID="b25b"'],
    ['structured klog cut short by journalctl', 'Oct 05 06:27:03 worker140a kubelet[1189617]: I1005 06:27:03.694702 1189617 reconciler.go:254] "operationExecutor.MountVolume started for volume \\"etc-nginx\\" (UniqueName: \\"kubernetes.io/host-path/88e2>', 'kubelet: reconciler.go:254] operationExecutor.MountVolume started for volume \\"etc-nginx\\" (UniqueName: \\"kubernetes.io/host-path/88e2>'],
    ['klog after journald', 'Apr 16 01:31:27 host-11-1-1-131 kubelet[27411]: E0416 01:31:27.468649   27411 pod_workers.go:191] Error syncing pod', 'kubelet: pod_workers.go:191] Error syncing pod'],
    // The rest are from issue-thread-logs-3.ndjson (each row there has its thread's URL).
    ['dmesg: a kernel line is the kernel\'s', '[202072.518835] mce: [Hardware Error]: Machine check events logged', 'kernel: mce: [Hardware Error]: Machine check events logged'],
    ['dmesg -T', '[Sat May  1 08:56:53 2021] mce: [Hardware Error]: Machine check events logged', 'kernel: mce: [Hardware Error]: Machine check events logged'],
    ['logcat brief', 'F/libc    ( 5061): Fatal signal 11 (SIGSEGV), code 1, fault addr 0x30 in tid 5637 (Thread-329)', 'libc: Fatal signal 11 (SIGSEGV), code 1, fault addr 0x30 in tid 5637 (Thread-329)'],
    ['logcat time', '08-29 12:30:01.337 I/ActivityManager(4666): Killing 8552:android.process.media/u0a6 (adj 15): empty #17', 'ActivityManager: Killing 8552:android.process.media/u0a6 (adj 15): empty #17'],
    ['logcat threadtime, its tag padded', '07-16 16:08:10.477  4325  4325 D Zygote  : Forked child process 31703', 'Zygote: Forked child process 31703'],
    ['logcat threadtime, the message indented', '11-27 00:18:45.349  1338  1367 E ActivityManager:   0.8% 17224/mdss_fb0: 0% user + 0.8% kernel', 'ActivityManager:   0.8% 17224/mdss_fb0: 0% user + 0.8% kernel'],
    ['Android Studio\'s logcat', '2020-09-24 15:32:44.997 14368-14368/? A/DEBUG: signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x0', 'DEBUG: signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x0'],
    ['Android Studio\'s older logcat', '12-19 19:34:54.107      781-815/? I/ActivityManager\uFE55 Displayed com.seeforge.SEEForge/.ui.screens.SubmitNewActivity: +176ms', 'ActivityManager: Displayed com.seeforge.SEEForge/.ui.screens.SubmitNewActivity: +176ms'],
    // Droid-ify/client#1135: an ANR report pasted without threadtime's time and ids.
    ['logcat threadtime without its time and ids', 'E ActivityManager: ANR in com.looker.droidify (com.looker.droidify/.MainActivity)', 'ActivityManager: ANR in com.looker.droidify (com.looker.droidify/.MainActivity)'],
    // BelledonneCommunications/linphone-android#664's threadtime line, cut the same way.
    ['logcat threadtime without its time and ids, a short tag padded', 'F libc    : Fatal signal 11 (SIGSEGV), code 1', 'libc: Fatal signal 11 (SIGSEGV), code 1'],
    // artem122ya/TomatoTimer-Android#1: `logcat -v tag`.
    ['logcat tag', 'E/AndroidRuntime: FATAL EXCEPTION: main', 'AndroidRuntime: FATAL EXCEPTION: main'],
    ['OS X Console.app\'s copy', '12/28/15 7:51:26.000 AM\tkernel[0]\tSandbox: launchd(1) System Policy: deny(1) file-write-unlink /private/var/run/dyld_shared_cache_x86_64h', 'kernel: Sandbox: launchd(1) System Policy: deny(1) file-write-unlink /private/var/run/dyld_shared_cache_x86_64h'],
    ['anaconda\'s syslog (rhinstaller/kickstart-tests#1328)', '23:54:39,681 INFO kernel:md/raid1:md0: active with 2 out of 2 mirrors', 'kernel: md/raid1:md0: active with 2 out of 2 mirrors'],
    ['anaconda\'s syslog, a daemon', '23:54:39,681 CRIT mdadm:DeviceDisappeared event detected on md device /dev/md0', 'mdadm: DeviceDisappeared event detected on md device /dev/md0'],
    ['macOS unified log', '2022-12-26 17:48:14.837819-0300 0x1f36     Error       0x0                  0      0    kernel: (Sandbox) Sandbox: sshd(1733) deny(1) mach-lookup com.apple.diagnosticd', 'kernel: (Sandbox) Sandbox: sshd(1733) deny(1) mach-lookup com.apple.diagnosticd'],
    // rspamd 3.4's file logger (test/fixtures/fingerprint/rspamd.ndjson, programs/rspamd), and the
    // Lua statement with an empty log id from the same daemon run with Debian's own configuration.
    ['rspamd: id, module and function', '2026-12-06 14:07:00 #27394(controller) <83ca42>; csession; rspamd_mime_parse_message: cannot find content-type for a message, assume text/plain', 'rspamd_mime_parse_message: cannot find content-type for a message, assume text/plain'],
    ['rspamd: a function alone', '2026-12-06 14:06:41 #26661(normal) rspamd_worker_error_handler: no data received from: 127.0.0.1:59354, error: HTTP parser error: invalid HTTP method', 'rspamd_worker_error_handler: no data received from: 127.0.0.1:59354, error: HTTP parser error: invalid HTTP method'],
    ['rspamd: a Lua file and line after the module', '2026-12-06 14:06:57 #27316(main) lua; lua_cfg_transform.lua:365: no actions defined', 'lua_cfg_transform.lua:365: no actions defined'],
    ['rspamd: an empty log id', '2026-12-06 14:04:25 #22587(main) <>; lua; lua_cfg_transform.lua:519: enable `options.check_all_filters` for neural network', 'lua_cfg_transform.lua:519: enable `options.check_all_filters` for neural network'],
  ])('%s', (_name, line, message) => {
    expect(withoutTransportHeader(line)).toBe(message);
  });

  it.each([
    ['an application timestamp and a level', '2024-03-10T10:16:39.434Z ERROR auth: token signature invalid'],
    ['an application timestamp and no pid', 'Mar 16 16:05:18 Connection failed: refused'],
    ['a level where a host would be', 'Mar 16 16:05:18 ERROR db[12]: pool exhausted'],
    ['a plain line', 'connect() failed (111: Connection refused) while connecting to upstream'],
    ['klog without its file and line', 'E0416 01:31:27.468649   27411 Error syncing pod'],
    ['an I/O error with a number in parentheses', 'I/O error(5): reading block 4242 of /dev/sdb'],
    ['a letter and a slash in a message', 'E/S request(12): queue full'],
    // A pronoun or an article and a word before a colon: no tag without a capital in it or padding.
    ['a sentence opened by a pronoun', 'I guess: the disk is full'],
    ['a sentence opened by an article', 'A Retry: scheduled in 5s'],
    ['an application timestamp, two numbers and a level', '12-05 10:00:00.123 4 5 ERROR worker: queue full'],
    ['a US date and time before a message', '12/28/15 7:51:26 AM backup finished with 2 errors'],
    ['a bracketed date that is not dmesg\'s', '[2015-12-28T12:31:16.969] error: Check for out of sync clocks'],
    // A time with milliseconds and a level that is no syslog severity's name.
    ['a time and a level not syslog\'s', '23:54:39,816 FATAL worker: queue full'],
    // A date, an issue's number and label, and a word before a colon: rspamd's layout but for a
    // function (a C function's name holds an underscore) or an id or module before it.
    ['a date, an issue number and a label', '2024-03-10 10:16:39 #4521(build) failed: exit code 2'],
    ['rspamd\'s pid and process without the time', '#27394(controller) <83ca42>; csession; rspamd_mime_parse_message: cannot find content-type for a message, assume text/plain'],
  ])('leaves %s as it is', (_name, line) => {
    expect(withoutTransportHeader(line)).toBe(line);
  });

  it('groups one program statement written on different hosts, and keeps programs apart', () => {
    const fp = createFingerprinter();
    const f = (body: string) => fp.fingerprint({ source: 'log', service: 'hosts', body, severityText: 'ERROR' }).fingerprint;
    const restart = [
      'Mar 16 16:05:18 obercloud systemd[1]: snap.nextcloud.redis-server.service: Start request repeated too quickly.',
      'Nov 19 23:26:58 storage systemd[1]: tsnsrv-code.service: Start request repeated too quickly.',
      'Nov 17 22:09:12 kuroni systemd[1]: optimus-manager.service: Start request repeated too quickly.',
    ].map(f);
    expect(new Set(restart).size).toBe(1);
    // The same text from another program is another statement.
    expect(f('Nov 17 22:09:12 kuroni someapp[77]: optimus-manager.service: Start request repeated too quickly.')).not.toBe(restart[0]);
  });

  it('groups one logcat statement whatever layout the log was copied in, and one kernel line from dmesg and from syslog', () => {
    const fp = createFingerprinter();
    const f = (body: string) => fp.fingerprint({ source: 'log', service: 'android', body, severityText: 'ERROR' }).fingerprint;
    // debuggerd's lines from four threads (issue-thread-logs-3.ndjson): brief, time, Studio's two.
    const revision = [
      'I/DEBUG   (  119): Revision: \'0\'',
      '12-02 09:30:06.497 F/DEBUG   ( 5653): Revision: \'0\'',
      '2020-09-24 15:32:44.997 14368-14368/? A/DEBUG: Revision: \'0\'',
      '11-06 14:57:50.904 1372-1372/? I/DEBUG: Revision: \'0\'',
    ].map(f);
    expect(new Set(revision).size).toBe(1);
    const killing = [
      '08-29 12:30:01.337 I/ActivityManager(4666): Killing 8552:android.process.media/u0a6 (adj 15): empty #17',
      'I/ActivityManager(  977): Killing 30378:com.motorola.context/u0a8 (adj 15): empty #7',
      '01-12 16:08:43.189   748   846 I ActivityManager: Killing 2214:android.process.media/u0a12 (adj 13): empty #17',
    ].map(f);
    expect(new Set(killing).size).toBe(1);
    // Another tag is another program's statement, and another statement of one tag stays apart.
    expect(f('I/OtherService(  977): Killing 30378:com.motorola.context/u0a8 (adj 15): empty #7')).not.toBe(killing[0]);
    expect(f('I/DEBUG   (  119): Build fingerprint: \'google/nakasig/tilapia:5.1.1/LMY47V/1836172:user/release-keys\'')).not.toBe(revision[0]);
    const mce = [
      'Sep 16 19:51:15 kernel: [    0.064261] mce: [Hardware Error]: Machine check events logged',
      '[202072.518835] mce: [Hardware Error]: Machine check events logged',
      '[Sat May  1 08:56:53 2021] mce: [Hardware Error]: Machine check events logged',
      'Feb 23 03:28:16 kernel: mce: [Hardware Error]: Machine check events logged',
    ].map(f);
    expect(new Set(mce).size).toBe(1);
  });

  it('groups one rspamd statement whichever worker and pool logged it, and keeps its functions apart', () => {
    const fp = createFingerprinter();
    const f = (body: string) => fp.fingerprint({ source: 'log', service: 'rspamd', body }).fingerprint;
    // programs/rspamd's run: the MIME parser under the scanner (`task`) and the controller (`csession`).
    const cte = [
      '2026-12-06 14:06:57 #30368(normal) <6f873e>; task; rspamd_mime_part_get_cte: detected missing CTE for part as: 7bit',
      '2026-12-06 14:07:09 #30367(controller) <c2464a>; csession; rspamd_mime_part_get_cte: detected missing CTE for part as: 7bit',
    ].map(f);
    expect(new Set(cte).size).toBe(1);
    // The worker's type in the message is a value the miner learns once it has seen two (the
    // header's copy of it, left in, made each a word of its own): read again, one signature.
    const startingLines = [
      '2026-12-06 14:06:57 #30366(rspamd_proxy) <1d2dbc>; main; rspamd_handle_child_fork: starting rspamd_proxy process 30366 (0); listen on: 127.0.0.1:11332',
      '2026-12-06 14:06:57 #30368(normal) <1d2dbc>; main; rspamd_handle_child_fork: starting normal process 30368 (0); listen on: 127.0.0.1:11333',
      '2026-12-06 14:06:57 #30367(controller) <1d2dbc>; main; rspamd_handle_child_fork: starting controller process 30367 (0); listen on: 127.0.0.1:11334',
    ];
    startingLines.forEach(f);
    expect(new Set(startingLines.map(f)).size).toBe(1);
    // The same words under another function are another statement.
    expect(f('2026-12-06 14:07:09 #30367(controller) <c2464a>; csession; rspamd_mime_parse_part: detected missing CTE for part as: 7bit')).not.toBe(cte[0]);
  });

  it('stays linear on long adversarial headers', () => {
    const inputs = [
      '<1>1 ' + 'x '.repeat(5) + '['.repeat(50_000),
      '<1>1 a b c d e [' + 'a="'.repeat(20_000),
      'Mar 16 16:05:18 ' + 'a'.repeat(100_000),
      'E0416 01:31:27.468649 ' + ' '.repeat(50_000) + '1 x',
      'I/' + 'a'.repeat(100_000),
      'I/tag' + ' '.repeat(50_000) + '(1',
      '08-29 12:30:01.157' + ' 1'.repeat(50_000),
      '2022-12-26 17:48:14.837819-0300 0x1f36 Error 0x0 0 0 ' + 'a'.repeat(100_000),
      '[Sat May  1 08:56:53 2021' + ' '.repeat(100_000),
      '12/28/15 7:51:26.000 AM\t' + 'a'.repeat(100_000),
      '2026-12-06 14:07:00 #1(main) ' + 'a'.repeat(100_000),
    ];
    for (const input of inputs) {
      const half = input.slice(0, input.length / 2);
      expect(costRatio(() => withoutTransportHeader(input), () => withoutTransportHeader(half)), input.slice(0, 16)).toBeLessThan(3.5);
    }
  });
});
