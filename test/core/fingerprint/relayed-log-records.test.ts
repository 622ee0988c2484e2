// Another program's log records carried inside a message are one value of the statement that
// carries them (relayed-log-records.ts). Real lines: Debian 12's containerd 1.6.20's `cleanup
// warnings %s` with what its runc v2 shim's delete command printed (programs/containerd,
// server-logs-62.test.ts), one signature per combination of the shim's records before.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

function signatures(...bodies: string[]): string[] {
  const f = createFingerprinter();
  return bodies.map((body) => f.fingerprint({ source: 'log', service: 'containerd', body }).fingerprint);
}

describe('log records relayed inside a message', () => {
  it("containerd's cleanup warnings are one signature whatever the shim printed", () => {
    const s = signatures(
      'time="2026-12-07T12:36:51.708980154Z" level=warning msg="cleanup warnings time=\\"2026-12-07T12:36:51Z\\" level=info msg=\\"starting signal loop\\" namespace=default pid=2613 runtime=io.containerd.runc.v2\\n"',
      'time="2026-12-07T12:36:52.395206489Z" level=warning msg="cleanup warnings time=\\"2026-12-07T12:36:52Z\\" level=warning msg=\\"failed to remove runc container\\" error=\\"fork/exec /usr/sbin/runc-not-there: no such file or directory: <nil>\\" runtime=io.containerd.runc.v2\\ntime=\\"2026-12-07T12:36:52Z\\" level=warning msg=\\"failed to read init pid file\\" error=\\"open /run/containerd/io.containerd.runtime.v2.task/default/t-norunc/init.pid: no such file or directory\\" runtime=io.containerd.runc.v2\\n"',
      'time="2026-12-07T12:36:55.318738189Z" level=warning msg="cleanup warnings time=\\"2026-12-07T12:36:55Z\\" level=info msg=\\"starting signal loop\\" namespace=default pid=3282 runtime=io.containerd.runc.v2\\ntime=\\"2026-12-07T12:36:55Z\\" level=warning msg=\\"failed to read init pid file\\" error=\\"open /run/containerd/io.containerd.runtime.v2.task/default/t-keep/init.pid: no such file or directory\\" runtime=io.containerd.runc.v2\\n"',
    );
    expect(new Set(s).size).toBe(1);
  });

  it("near misses: another statement's lead, `time=` and `level=` in a sentence", () => {
    const [cleanup, other, sentence, sentence2] = signatures(
      'time="2026-12-07T12:36:51.708980154Z" level=warning msg="cleanup warnings time=\\"2026-12-07T12:36:51Z\\" level=info msg=\\"starting signal loop\\" pid=2613\\n"',
      'time="2026-12-07T12:36:51.708980154Z" level=warning msg="shim output time=\\"2026-12-07T12:36:51Z\\" level=info msg=\\"starting signal loop\\" pid=2613\\n"',
      'time="2026-12-07T12:36:51.708980154Z" level=warning msg="retry after time=5s level=3 of the queue"',
      'time="2026-12-07T12:36:51.708980154Z" level=warning msg="retry after time=5s level=3 of the backlog"',
    );
    expect(other).not.toBe(cleanup);
    expect(sentence2).not.toBe(sentence);
  });
});
