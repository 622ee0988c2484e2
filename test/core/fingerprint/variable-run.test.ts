// One statement whose value has a different number of words on different lines
// (src/core/fingerprint/variable-run.ts): the miner routes by token count, so each length was
// its own signature. Lines are rows of the labelled sets, with their sources: the os-logs ones
// of test/fixtures/fingerprint/corpus/issue-thread-logs-3.ndjson (thread URL beside each), the
// servers' of test/fixtures/fingerprint/<set>.ndjson (the program and version that wrote them,
// test/core/fingerprint/server-logs*.test.ts). The near misses are statements those sets label
// apart that a join across lengths without the guards put together.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { mergeMinerStates } from '../../../src/core/fingerprint/miner-merge.js';
import { TemplateMiner, type MinerState } from '../../../src/core/fingerprint/miner.js';

function signatures(lines: string[], service = 'os', severityText?: string): string[] {
  const fp = createFingerprinter();
  // Aliases followed, as the store does when two templates merge.
  return resolveAliases(lines.map((body) => fp.fingerprint({ source: 'log', service, body, ...(severityText ? { severityText } : {}) })));
}

// ActivityManager's `Start proc %s for %s %s` prints its hosting type, `service` or `content
// provider` (https://github.com/vinmittal/SecurityTrainingPub/issues/6, Android logcat `brief`).
const START_PROC = [
  'I/ActivityManager(  977): Start proc com.android.incallui for service com.android.dialer/com.android.incallui.InCallServiceImpl: pid=30778 uid=10014 gids={50014, 9997, 3003, 1028, 1015, 1023} abi=armeabi-v7a',
  'I/ActivityManager(  977): Start proc com.google.android.gms:car for service com.google.android.gms/.car.InCallServiceImpl: pid=30795 uid=10020 gids={50020, 9997, 3003, 1028, 1015, 3002, 3001, 1005, 1007, 3007, 2001, 3006} abi=armeabi-v7a',
  'I/ActivityManager(  977): Start proc android.process.media for content provider com.android.providers.media/.MediaProvider: pid=30815 uid=10016 gids={50016, 9997, 1028, 1015, 1023, 1024, 2001, 3003, 3007} abi=armeabi-v7a',
  'I/ActivityManager(  977): Start proc com.google.android.gms.wearable for service com.google.android.gms/.wearable.service.WearableService: pid=30842 uid=10020 gids={50020, 9997, 3003, 1028, 1015, 3002, 3001, 1005, 1007, 3007, 2001, 3006} abi=armeabi-v7a',
];

describe('a value of several words where another line of the statement has one', () => {
  it("groups ActivityManager's `Start proc … for service …` and `… for content provider …`", () => {
    expect(new Set(signatures(START_PROC, 'android', 'ERROR')).size).toBe(1);
    // As a pipeline that parsed the logcat header sends them.
    expect(new Set(signatures(START_PROC.map((l) => l.slice(l.indexOf('Start proc'))), 'android', 'ERROR')).size).toBe(1);
  });

  it("groups Exim's quoted command and ProFTPD's quoted client version, whatever their word counts", () => {
    // Exim 4.96, smtp_in.c `SMTP syntax error in "%s" %s %s` (exim-mainlog.ndjson).
    const exim = signatures([
      '2026-12-05 04:37:51 SMTP syntax error in "FOO" H=(c.example) [127.0.0.1]:47868 unrecognized command',
      '2026-12-05 04:37:51 SMTP syntax error in "BAR" H=(c.example) [127.0.0.1]:47868 unrecognized command',
      '2026-12-05 04:37:56 SMTP syntax error in "GET / HTTP/1.1" H=[127.0.0.1]:47940 unrecognized command',
    ], 'exim');
    expect(new Set(exim).size).toBe(1);
    // ProFTPD 1.3.8 mod_sftp, mod_sftp.c `Bad protocol version '%.100s' from %s` (proftpd.ndjson).
    const proftpd = signatures([
      "2026-12-05 06:41:06,164 mod_sftp/1.1.1[5938]: Bad protocol version 'SSH-1.5-OldClient' from 127.0.0.1",
      "2026-12-05 06:41:06,170 mod_sftp/1.1.1[5939]: Bad protocol version 'SSH-1.4-Other' from 127.0.0.1",
      "2026-12-05 06:41:05,646 mod_sftp/1.1.1[5930]: Bad protocol version 'GET / HTTP/1.1' from 127.0.0.1",
    ], 'proftpd');
    expect(new Set(proftpd).size).toBe(1);
  });

  it('keeps apart statements of other lengths whose constants around the difference agree', () => {
    const apart = (lines: string[], service: string, severityText?: string) => expect(new Set(signatures(lines, service, severityText)).size).toBe(lines.length);
    // Nagios Core 4.4 qh.c: three handlers, three statements (nagios.ndjson).
    apart(['[1796481975] qh: core query handler registered', '[1796481975] qh: echo service query handler registered', '[1796481975] qh: help for the query handler registered'], 'nagios');
    // ISC DHCP 4.4 db.c: one statement per kind of record written (isc-dhcp.ndjson).
    apart(['2026-12-05T16:31:38.810027+00:00 vm dhcpd[21450]: Wrote 0 new dynamic host decls to leases file.', '2026-12-05T16:31:38.810042+00:00 vm dhcpd[21450]: Wrote 0 leases to leases file.'], 'dhcpd');
    // coturn 4.6 netengine.c: each thread's setup function logs its own line (coturn.ndjson).
    apart(['0: : IO method (main listener thread): epoll (with changelist)', '0: : IO method (general relay thread): epoll (with changelist)', '0: : IO method (auth thread): epoll (with changelist)'], 'coturn');
    // An application's `rejected restock of %s: %s` with two json errors after the value (uvicorn.ndjson):
    // a word ending in a colon closes the value, another message follows.
    apart(["WARNING:  rejected restock of a1: Expecting ',' delimiter: line 1 column 10 (char 9)", 'WARNING:  rejected restock of b2: Expecting value: line 1 column 1 (char 0)'], 'uvicorn');
    // sudo 1.9 with and without `N incorrect password attempts ;` (syslog-host.ndjson): one line is the other with words inserted.
    apart(['Dec  5 01:23:25 vm sudo:    carol : 3 incorrect password attempts ; PWD=/tmp ; USER=root ; COMMAND=/usr/bin/id', 'Dec  5 01:23:25 vm sudo:    carol : PWD=/tmp ; USER=root ; COMMAND=/usr/bin/id'], 'syslog');
    // PowerManagerService's `Nap time (uid %d)...` and `Sleeping (uid %d)...` (https://github.com/Rakashazi/emu-ex-plus-alpha/issues/137).
    apart(['01-12 16:08:46.444   748   769 I PowerManagerService: Nap time (uid 1000)...', '01-12 16:08:46.457   748   769 I PowerManagerService: Sleeping (uid 1000)...'], 'android', 'ERROR');
    // Mosquitto 2.0: a bad protocol version and a bad protocol name (mosquitto-broker.ndjson).
    apart(['2026-12-05T03:29:06: Invalid protocol version 9 in CONNECT from 127.0.0.1.', '2026-12-05T03:29:06: Invalid protocol "MQTX" in CONNECT from 127.0.0.1.'], 'mosquitto');
  });

  it('a run learned on one replica is kept through a save, a load and a merge either way', () => {
    const lines = START_PROC.map((l) => l.slice(l.indexOf('Start proc')));
    const a = new TemplateMiner();
    const ids = lines.map((l) => a.add('p', l).clusterId);
    const id = a.resolve(ids[0]);
    expect(ids.map((x) => a.resolve(x))).toEqual(lines.map(() => id));
    // A replica that saw the `for service` lines only.
    const b = new TemplateMiner();
    b.add('p', lines[0]);
    b.add('p', lines[1]);
    const sa = a.exportState();
    const sb = b.exportState();
    const ab = mergeMinerStates(JSON.parse(JSON.stringify(sa)) as MinerState, JSON.parse(JSON.stringify(sb)) as MinerState);
    const ba = mergeMinerStates(JSON.parse(JSON.stringify(sb)) as MinerState, JSON.parse(JSON.stringify(sa)) as MinerState);
    expect(ab).toEqual(ba);
    for (const state of [sa, ab]) {
      const loaded = new TemplateMiner({}, JSON.parse(JSON.stringify(state)));
      expect(lines.map((l) => loaded.resolve(loaded.add('p', l).clusterId))).toEqual(lines.map(() => id));
    }
    b.mergeState(JSON.parse(JSON.stringify(sa)));
    expect(lines.map((l) => b.resolve(b.add('p', l).clusterId))).toEqual(lines.map(() => id));
  });
});
