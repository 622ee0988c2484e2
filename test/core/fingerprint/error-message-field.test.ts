// An error key's quoted value (`error="…"`, `err="…"`) is the message of the error a log line
// reports, read word by word (src/core/fingerprint/failure-field.ts errorMessageField): masked as
// one quoted value, the different errors one statement logs were one signature. The lines are
// real: hashicorp/raft v1.7.1 through go-hclog v1.6.3 and a reconciler through k8s.io/klog/v2
// v2.130.1 (test/fixtures/fingerprint/programs/go-hclog-raft and go-klog, server-logs-11.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { errorMessageField } from '../../../src/core/fingerprint/failure-field.js';

function signatures(service: string, bodies: string[]): string[] {
  const f = createFingerprinter();
  return bodies.map((body) => f.fingerprint({ source: 'log', service, body }).fingerprint);
}

describe('error message fields', () => {
  it("keeps apart the errors one hclog statement logs: a refused dial, an EOF; a closed transport, an unknown RPC type", () => {
    const [dial1, dial2, eof, shutdown, unknown1, unknown2] = signatures('raft', [
      '2026-12-05T16:30:24.949Z [ERROR] agent.server.raft: failed to heartbeat to: peer=127.0.0.1:28301 backoff time=10ms error="dial tcp 127.0.0.1:28301: connect: connection refused"',
      '2026-12-05T16:30:26.102Z [ERROR] agent.server.raft: failed to heartbeat to: peer=127.0.0.1:28303 backoff time=80ms error="dial tcp 127.0.0.1:28303: connect: connection refused"',
      '2026-12-05T16:30:24.881Z [ERROR] agent.server.raft: failed to heartbeat to: peer=127.0.0.1:28301 backoff time=10ms error=EOF',
      '2026-12-05T16:30:24.880Z [ERROR] agent.server.raft.transport: failed to decode incoming command: error="transport shutdown"',
      '2026-12-05T16:30:23.921Z [ERROR] agent.server.raft.transport: failed to decode incoming command: error="unknown rpc type 71"',
      '2026-12-05T16:30:24.129Z [ERROR] agent.server.raft.transport: failed to decode incoming command: error="unknown rpc type 80"',
    ]);
    expect(dial1).toBe(dial2);
    expect(unknown1).toBe(unknown2);
    expect(new Set([dial1, eof, shutdown, unknown1]).size).toBe(4);
  });

  it("reads klog's err= message with its values masked: one statement's missing files stay one signature", () => {
    const s = signatures('reconciler', [
      'E1205 16:30:00.354285   18361 main.go:53] "Failed to read manifest" err="open /tmp/manifests1487520800/ingress.json: no such file or directory" path="/tmp/manifests1487520800/ingress.json"',
      'E1205 16:30:00.354307   18361 main.go:53] "Failed to read manifest" err="open /tmp/manifests1487520800/secrets.json: no such file or directory" path="/tmp/manifests1487520800/secrets.json"',
      'E1205 16:30:00.354320   18361 main.go:53] "Failed to read manifest" err="open /tmp/manifests1487520800/monitoring.json: no such file or directory" path="/tmp/manifests1487520800/monitoring.json"',
    ]);
    expect(new Set(s).size).toBe(1);
  });

  it('leaves other keys\' quoted values whole, and a field that does not close', () => {
    // raft's `servers="[…]"` holds the configuration, a value: two configurations, one signature.
    const [a, b] = signatures('raft', [
      '2026-12-05T16:30:20.885Z [INFO]  agent.server.raft: initial configuration: index=1 servers="[{Suffrage:Voter ID:server-1 Address:127.0.0.1:28301} {Suffrage:Voter ID:server-2 Address:127.0.0.1:28302} {Suffrage:Voter ID:server-3 Address:127.0.0.1:28303}]"',
      '2026-12-05T16:30:28.213Z [INFO]  agent.server.raft: initial configuration: index=1 servers="[{Suffrage:Voter ID:server-4 Address:127.0.0.1:28304} {Suffrage:Voter ID:server-3 Address:127.0.0.1:28303}]"',
    ]);
    expect(a).toBe(b);
    expect(errorMessageField(['desc="Request', 'timeout"'], 0)).toBeUndefined();
    expect(errorMessageField(['error=EOF'], 0)).toBeUndefined();
    expect(errorMessageField(['error="dial', 'tcp', 'and', 'no', 'end'], 0)).toBeUndefined();
    expect(errorMessageField(['err="transport', 'shutdown",', 'x=1'], 0)).toEqual({ key: 'err=', words: ['transport', 'shutdown'], end: 1 });
    expect(errorMessageField(['error="EOF"'], 0)).toEqual({ key: 'error=', words: ['EOF'], end: 0 });
  });
});
