// Traffic Server's diags head names the thread or program that wrote a line; that slot is left out of
// the line the miner reads, the level kept (diags-thread-slot.ts). Real lines: Debian 12's
// traffic_manager and traffic_server 9.2.5+ds (programs/trafficserver, server-logs-66.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutDiagsThreadSlot } from '../../../src/core/fingerprint/diags-thread-slot.js';

const fingerprints = () => {
  const f = createFingerprinter();
  return (body: string) => f.fingerprint({ source: 'log', service: 'trafficserver', body }).fingerprint;
};

describe("Traffic Server's diags thread slot", () => {
  it('one statement written from two threads or two programs is one signature', () => {
    const t = fingerprints();
    const updated = t('[Dec  7 23:53:16.108] traffic_manager NOTE: updated diags config');
    expect(t('[Dec  7 23:53:18.742] traffic_server NOTE: updated diags config')).toBe(updated);
    expect(t('[Dec  7 23:53:33.950] [ET_NET 1] NOTE: updated diags config')).toBe(updated);
    const ready = t('[Dec  7 23:53:19.048] [ET_NET 0] NOTE: Traffic Server is fully initialized.');
    expect(t('[Dec  7 23:54:02.611] traffic_server NOTE: Traffic Server is fully initialized.')).toBe(ready);
    const retries = t('[Dec  7 23:53:18.744] traffic_server WARNING: connect_attempts_rr_retries (3) is greater than connect_attempts_max_retries (1), this means requests will never redispatch to another server');
    expect(t('[Dec  7 23:53:33.951] [ET_NET 1] WARNING: connect_attempts_rr_retries (3) is greater than connect_attempts_max_retries (1), this means requests will never redispatch to another server')).toBe(retries);
  });

  it('near misses: the text still tells statements apart', () => {
    const t = fingerprints();
    // ParentSelection.cc's two errors, written by two threads: the text tells them apart, not the slot
    const port = t('[Dec  7 23:53:18.760] traffic_server ERROR: [ParentSelection] Malformed parent port at line 2');
    expect(t('[Dec  7 23:53:33.960] [ET_TASK 0] ERROR: [ParentSelection] invalid argument to round_robin directive at line 1')).not.toBe(port);
    expect(t('[Dec  7 23:53:19.048] [ET_NET 0] NOTE: cache enabled')).not.toBe(t('[Dec  7 23:53:19.011] [TS_MAIN] NOTE: traffic server running'));
  });

  it('near misses: other bracketed dates and slots of other shapes keep their reading', () => {
    for (const line of [
      '[Sun Dec 04 04:47:44 2005] [error] mod_jk child workerEnv in error state 6',
      '[Dec  7 23:53:16.108] traffic_manager note: a level in lower case',
      '[Dec  7 23:53:16.108] Traffic_Manager NOTE: a program name in mixed case',
      '[Dec  7 23:53:16] traffic_manager NOTE: no milliseconds',
      '[Dec  7 23:53:16.108] [et_net 0] NOTE: a thread name in lower case',
      '[Dec  7 23:53:16.108] NOTE: no slot',
      '2026-12-07 23:53:16.108 traffic_manager NOTE: another date',
    ]) expect(withoutDiagsThreadSlot(line)).toBe(line);
    expect(withoutDiagsThreadSlot('[Dec  7 23:53:24.302] [ACCEPT 0:8080] ERROR: accept failed')).toBe('[Dec  7 23:53:24.302] ERROR: accept failed');
    expect(withoutDiagsThreadSlot('[Dec 17 03:04:05.006] traffic_crashlo ERROR: missing password database entry')).toBe('[Dec 17 03:04:05.006] ERROR: missing password database entry');
  });
});
