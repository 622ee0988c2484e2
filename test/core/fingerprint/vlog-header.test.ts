// Open vSwitch's vlog header is apart from its message; a connection's name opening the message is
// a value, any other lower-case name there a name the miner compares (vlog-header.ts). Real lines:
// Debian 12's ovsdb-server and ovs-vswitchd 3.1.0 (programs/ovs, server-logs-64.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withVlogHeaderApart } from '../../../src/core/fingerprint/vlog-header.js';

const fingerprints = () => {
  const f = createFingerprinter();
  return (body: string) => f.fingerprint({ source: 'log', service: 'ovs-vswitchd', body }).fingerprint;
};

describe("Open vSwitch's vlog header", () => {
  it('two modules writing one text are two statements', () => {
    const t = fingerprints();
    const db = t('2026-12-07T15:40:20.801Z|00002|ovsdb_server|INFO|ovsdb-server (Open vSwitch) 3.1.0');
    expect(t('2026-12-07T15:40:20.951Z|00007|bridge|INFO|ovs-vswitchd (Open vSwitch) 3.1.0')).not.toBe(db);
    const backoff = t('2026-12-07T15:36:03.975Z|00020|reconnect|INFO|ssl:127.0.0.1:6642: waiting 2 seconds before reconnect');
    expect(t('2026-12-07T15:40:23.508Z|00350|rconn|INFO|br1<->tcp:127.0.0.1:6699: waiting 1 seconds before reconnect')).not.toBe(backoff);
  });

  it("a connection's name opening the message is a value, whatever its scheme", () => {
    const t = fingerprints();
    const connecting = t('2026-12-07T15:36:01.971Z|00011|reconnect|INFO|tcp:127.0.0.1:6641: connecting...');
    expect(t('2026-12-07T15:36:01.972Z|00012|reconnect|INFO|ssl:127.0.0.1:6642: connecting...')).toBe(connecting);
    expect(t('2026-12-07T15:36:05.103Z|00031|reconnect|INFO|unix:/tmp/ovs-run.Ab12/db.sock: connecting...')).toBe(connecting);
    const failed = t('2026-12-07T15:36:02.897Z|00348|rconn|WARN|br1<->tcp:127.0.0.1:6699: connection failed (Connection refused)');
    expect(t('2026-12-07T15:36:03.112Z|00361|rconn|WARN|br2<->unix:/tmp/ovs-run.Ab12/nothing.sock: connection failed (Connection refused)')).toBe(failed);
    const reply = t('2026-12-07T15:36:05.201Z|00589|connmgr|INFO|br1<->unix#7: sending OFPBAC_BAD_OUT_GROUP error reply to OFPT_FLOW_MOD message');
    expect(t('2026-12-07T15:36:05.385Z|00595|connmgr|INFO|br1<->unix#35: sending OFPBAC_BAD_OUT_GROUP error reply to OFPT_FLOW_MOD message')).toBe(reply);
    // the rest of the message still tells statements apart
    expect(t('2026-12-07T15:36:01.980Z|00013|reconnect|INFO|tcp:127.0.0.1:6641: connected')).not.toBe(connecting);
  });

  it('an interface named three times at the head of one text is a value', () => {
    const t = fingerprints();
    const a = t('2026-12-07T15:36:00.100Z|00101|netdev|WARN|patch-a: could not set configuration (Invalid argument)');
    t('2026-12-07T15:36:00.200Z|00102|netdev|WARN|gn1: could not set configuration (Invalid argument)');
    const c = t('2026-12-07T15:36:00.300Z|00103|netdev|WARN|gre1: could not set configuration (Invalid argument)');
    expect(c).toBe(a);
  });

  it('near misses: other pipe-separated lines and constant heads stay as written', () => {
    for (const line of [
      '20171223-22:15:29:606|Step_LSC|30002312|onStandStepChanged 3579',
      '2026-12-07T15:36:00.300Z|00103|netdev|warn|lower-case level',
      '2026-12-07T15:36:00.300Z|netdev|WARN|no sequence number',
      '2026-12-07 15:36:00|00103|netdev|WARN|no ISO time',
      'a|b|c|d|e',
    ]) expect(withVlogHeaderApart(line)).toBe(line);
    // a constant word opening a message is a name apart from its colon, compared as names are: never a connection's value
    expect(withVlogHeaderApart('2026-12-07T15:36:00.300Z|00103|bond|INFO|v1: member is up')).toBe('2026-12-07T15:36:00.300Z 00103 bond INFO v1 : member is up');
    expect(withVlogHeaderApart('2026-12-07T15:36:00.300Z|00103|netdev_linux|WARN|ioctl(SIOCGIFINDEX): No such device')).toBe('2026-12-07T15:36:00.300Z 00103 netdev_linux WARN ioctl(SIOCGIFINDEX): No such device');
    // the syslog form, a thread's name dropped
    expect(withVlogHeaderApart('Dec  7 15:36:00 host ovs-vswitchd: ovs|00042|poll_loop(urcu2)|DBG|wakeup due to 0-ms timeout')).toBe('Dec  7 15:36:00 host ovs-vswitchd: ovs 00042 poll_loop DBG wakeup due to 0-ms timeout');
  });

  it('two constant heads of two statements stay two', () => {
    const t = fingerprints();
    expect(t('2026-12-07T15:36:00.300Z|00103|ofproto|INFO|bridge: flow table full')).not.toBe(t('2026-12-07T15:36:00.400Z|00104|ofproto|INFO|netlink: flow table full'));
  });
});
