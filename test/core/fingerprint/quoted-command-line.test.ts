// A command line a program quotes when it reports its failure, read as one value
// (src/core/fingerprint/quoted-command-line.ts). firewalld's lines as os-logs-src/linux.txt lists
// them, each with its thread; the near misses' sources beside them.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { quotedCommandLineEnd } from '../../../src/core/fingerprint/quoted-command-line.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'linux-syslog', body, severityText: 'ERROR' })));
}

const endOf = (line: string, at: number): number => quotedCommandLineEnd(parameterize(line, true).split(/\s+/), at, 32);

describe("firewalld's COMMAND_FAILED", () => {
  it('is one signature per error whatever rule the command applied', () => {
    const [flush, remove, nat, badRule, badNat] = signatures([
      // moby/libnetwork#2622
      'Mar 14 09:24:11 main firewalld[859]: WARNING: COMMAND_FAILED: \'/usr/sbin/iptables -w10 -t filter -F DOCKER\' failed: iptables: No chain/target/match by that name.',
      'Mar 14 09:24:12 main firewalld[859]: WARNING: COMMAND_FAILED: \'/usr/sbin/iptables -w10 -t filter -X DOCKER-ISOLATION-STAGE-2\' failed: iptables: No chain/target/match by that name.',
      // minishift/minishift#2777
      'Dec 16 22:59:26 sj-i7 firewalld[5324]: WARNING: COMMAND_FAILED: \'/usr/sbin/iptables -w10 -t nat -D OUTPUT -m addrtype --dst-type LOCAL -j DOCKER\' failed: iptables: No chain/target/match by that name.',
      'Dec 16 22:58:29 sj-i7 firewalld[5324]: WARNING: COMMAND_FAILED: \'/usr/sbin/iptables -w10 -D FORWARD -i docker0 -o docker0 -j DROP\' failed: iptables: Bad rule (does a matching rule exist in that chain?).',
      'Dec 16 22:59:26 sj-i7 firewalld[5324]: WARNING: COMMAND_FAILED: \'/usr/sbin/iptables -w10 -t nat -D PREROUTING\' failed: iptables: Bad rule (does a matching rule exist in that chain?).',
    ]);
    expect(new Set([flush, remove, nat]).size).toBe(1);
    expect(badRule).toBe(badNat);
    // The error iptables gave names the failure: a missing chain and a missing rule are two.
    expect(badRule).not.toBe(flush);
  });

  it("keeps iptables' third error apart, and firewalld's ERROR apart from its WARNING", () => {
    const [warning, tooMany, error] = signatures([
      // openshift/openshift-ansible#3213
      'Dec 18 17:43:27 firewalld[7161]: WARNING: COMMAND_FAILED: \'/usr/sbin/iptables -w2 -t nat -D OUTPUT -m addrtype --dst-type LOCAL -j DOCKER\' failed: iptables: No chain/target/match by that name.',
      'Dec 18 17:43:27 firewalld[7161]: WARNING: COMMAND_FAILED: \'/usr/sbin/iptables -w2 -t filter -X DOCKER\' failed: iptables: Too many links.',
      // clustervision/trinityX#73: an older firewalld's ERROR with its own time
      'Sep 07 13:31:34 controller1 firewalld[17915]: 2016-09-07 13:31:34 ERROR: COMMAND_FAILED: \'/sbin/iptables -w2 -t nat -C PREROUTING -m addrtype --dst-type LOCAL -j DOCKER\' failed: iptables: No chain/target/match by that name.',
    ]);
    expect(new Set([warning, tooMany, error]).size).toBe(3);
  });

  it('reads only a quoted executable path with an option among its arguments', () => {
    expect(endOf("COMMAND_FAILED: '/usr/sbin/iptables -w10 -t filter -F DOCKER' failed:", 1)).toBe(6);
    // Loghub OpenStack (nova-api): a request line quotes a method, a path and a protocol.
    expect(endOf('10.11.21.122,10.11.10.1 "GET /openstack/2013-10-17 HTTP/1.1" status: 200', 1)).toBe(-1);
    // moby/libnetwork#2622's first line cut before its closing quote: no command line.
    expect(endOf("'/usr/sbin/iptables -w10 -t filter", 0)).toBe(-1);
  });
});
