// A record a containerd runtime shim wrote, relayed through containerd's log with the shim's
// `runtime=io.containerd.<name>.v<N>` field, is the shim's statement (runtime-shim-record.ts).
// Real lines: Debian 12's containerd 1.6.20 and its runc v2 shim (programs/containerd,
// server-logs-62.test.ts), where the daemon's and the shim's `loading plugin %q...` were one
// signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

function signatures(...bodies: string[]): string[] {
  const f = createFingerprinter();
  return bodies.map((body) => f.fingerprint({ source: 'log', service: 'containerd', body }).fingerprint);
}

const DAEMON = 'time="2026-12-07T12:36:43.302Z" level=info msg="loading plugin \\"io.containerd.grpc.v1.cri\\"..." type=io.containerd.grpc.v1';
const SHIM = 'time="2026-12-07T12:36:51.641Z" level=info msg="loading plugin \\"io.containerd.ttrpc.v1.task\\"..." runtime=io.containerd.runc.v2 type=io.containerd.ttrpc.v1';

describe("a containerd runtime shim's relayed record", () => {
  it("is apart from the daemon's record of the same text, in logfmt, logrus' TTY layout and JSON", () => {
    const [daemon, shim, daemonTty, shimTty, shimJson] = signatures(
      DAEMON,
      SHIM,
      'INFO[0000] loading plugin "io.containerd.grpc.v1.cri"...  type=io.containerd.grpc.v1',
      'INFO[0000] loading plugin "io.containerd.ttrpc.v1.task"...  runtime=io.containerd.runc.v2 type=io.containerd.ttrpc.v1',
      '{"level":"info","msg":"loading plugin \\"io.containerd.ttrpc.v1.task\\"...","runtime":"io.containerd.runc.v2","time":"2026-12-07T12:36:51Z","type":"io.containerd.ttrpc.v1"}',
    );
    expect(shim).not.toBe(daemon);
    expect(daemonTty).toBe(daemon);
    expect(shimTty).toBe(shim);
    expect(shimJson).toBe(shim);
  });

  it('is one statement whichever runtime relayed it', () => {
    const [v2, v1, other] = signatures(
      'time="2026-12-07T12:36:51.640Z" level=info msg="starting signal loop" namespace=default path=/run/containerd/io.containerd.runtime.v2.task/default/t1 pid=2613 runtime=io.containerd.runc.v2',
      'time="2026-12-07T12:37:02.118Z" level=info msg="starting signal loop" namespace=moby path=/run/containerd/io.containerd.runtime.v2.task/moby/9f2 pid=77 runtime=io.containerd.runc.v1',
      'time="2026-12-07T12:37:05.004Z" level=info msg="starting signal loop" namespace=k8s.io path=/run/containerd/io.containerd.runtime.v2.task/k8s.io/a1 pid=901 runtime=io.containerd.kata.v2',
    );
    expect(v1).toBe(v2);
    expect(other).toBe(v2);
  });

  it("near misses: another program's runtime field, and a runtime id quoted inside the message", () => {
    const [daemon, duration, goRuntime, quoted] = signatures(
      DAEMON,
      'time="2026-12-07T12:36:43.302Z" level=info msg="loading plugin \\"io.containerd.grpc.v1.cri\\"..." runtime=12ms type=io.containerd.grpc.v1',
      'time="2026-12-07T12:36:43.302Z" level=info msg="loading plugin \\"io.containerd.grpc.v1.cri\\"..." runtime=go1.22 type=io.containerd.grpc.v1',
      'time="2026-12-07T12:36:43.302Z" level=info msg="loading plugin \\"io.containerd.grpc.v1.cri\\"... runtime=io.containerd.runc.v2 " type=io.containerd.grpc.v1',
    );
    expect(duration).toBe(daemon);
    expect(goRuntime).toBe(daemon);
    // the quoted message is the daemon's: its words changed, but no shim mark
    expect(quoted).not.toBe(signatures(SHIM)[0]);
  });
});
