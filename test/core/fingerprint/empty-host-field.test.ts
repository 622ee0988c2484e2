// A BSD syslog header whose host field is empty, its separator left (two spaces after the time),
// read as a header (src/core/fingerprint/transport-header.ts). The lines are from
// test/fixtures/fingerprint/corpus/issue-thread-logs-3.ndjson (os-logs-src/linux.txt), each with
// its thread's URL beside it.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutTransportHeader } from '../../../src/core/fingerprint/transport-header.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'linux-syslog', body, severityText: 'ERROR' })));
}

describe('a syslog header with an empty host field', () => {
  it.each([
    // https://github.com/kubernetes/kubernetes/issues/56850: the program without its pid, then klog's header
    ['a program without a pid', 'Dec  5 12:42:03  kubelet: E1205 12:42:03.527763   23059 summary.go:92] Failed to get system container stats for "/system.slice/docker.service": failed to get cgroup stats for "/system.slice/docker.service"', 'kubelet: summary.go:92] Failed to get system container stats for "/system.slice/docker.service": failed to get cgroup stats for "/system.slice/docker.service"'],
    // https://github.com/openshift/openshift-ansible/issues/3213: a program with its pid
    ['a program with its pid', "Dec 18 17:43:27  firewalld[7161]: WARNING: COMMAND_FAILED: '/usr/sbin/iptables -w2 -t nat -D OUTPUT' failed: iptables: No chain/target/match by that name.", "firewalld: WARNING: COMMAND_FAILED: '/usr/sbin/iptables -w2 -t nat -D OUTPUT' failed: iptables: No chain/target/match by that name."],
  ])('%s', (_name, line, message) => {
    expect(withoutTransportHeader(line)).toBe(message);
  });

  it("groups the line with the same statement under a host's header", () => {
    const [empty, withHost] = signatures([
      // kubernetes/kubernetes#56850
      'Dec  5 12:42:03  kubelet: E1205 12:42:03.527796   23059 summary.go:92] Failed to get system container stats for "/system.slice/docker.service": failed to get cgroup stats for "/system.slice/docker.service": failed to get container info for "/system.slice/docker.service": unknown container "/system.slice/docker.service"',
      // redhat-nfvpe/kube-ansible#195
      'Mar 13 16:12:33 kube-node-1 kubelet[14501]: E0313 16:12:33.402114   14501 summary.go:92] Failed to get system container stats for "/system.slice/kubelet.service": failed to get cgroup stats for "/system.slice/kubelet.service": failed to get container info for "/system.slice/kubelet.service": unknown container "/system.slice/kubelet.service"',
    ]);
    expect(empty).toBe(withHost);
  });

  // Near misses: an application's own timestamp with two spaces before its words.
  it.each([
    ['a capitalised word', 'Dec  5 12:42:03  Connection: reset by peer'],
    ['a severity', 'Dec  5 12:42:03  error: disk full'],
    ['a failure word', 'Dec  5 12:42:03  timeout: waiting for the lock'],
    ['three spaces, a column padded', 'Dec  5 12:42:03   kubelet: started'],
    ['a day padded, then one space and a bare word', 'Dec  5 12:42:03 kubelet: started'],
  ])('keeps %s', (_name, line) => {
    expect(withoutTransportHeader(line)).toBe(line);
  });
});
