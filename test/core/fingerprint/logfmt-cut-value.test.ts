// A logfmt message the line ends in before its closing quote read as the rest of the line
// (src/core/fingerprint/log-body.ts LOGFMT_FIELD): journalctl's pager cuts CRI-O's logrus lines at
// the terminal's width (oracle/vagrant-projects#405, os-logs-src/linux.txt).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { messageOfBody } from '../../../src/core/fingerprint/log-body.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'linux-syslog', body, severityText: 'ERROR' })));
}

describe('a logfmt message cut before its closing quote', () => {
  it('is the rest of the line, not its first word', () => {
    expect(messageOfBody('Nov 15 04:31:53 master1.vagrant.vm crio[13842]: time="2021-11-15 04:31:53.170508386Z" level=info msg="Node configuration value for hugetlb cgroup is >').text)
      .toBe('Node configuration value for hugetlb cgroup is >');
  });

  it('keeps two statements cut alike apart: their words differ after the first', () => {
    const [starting, node] = signatures([
      'Nov 15 04:31:53 master1.vagrant.vm crio[13842]: time="2021-11-15T04:31:53Z" level=warning msg="The \'registries\' option in crio.conf(5) (referenced in>',
      'Nov 15 04:31:53 master1.vagrant.vm crio[13842]: time="2021-11-15T04:31:53Z" level=warning msg="The node configuration value for systemd CollectMod>',
    ]);
    expect(starting).not.toBe(node);
  });

  it('reads closed and bare values as before', () => {
    // cri-o/cri-o#4460: closed
    expect(messageOfBody('Jan 07 16:02:45 node-name crio[1460]: time="2021-01-07 16:02:45.031363059+01:00" level=info msg="Node configuration value for pid cgroup is true"').text)
      .toBe('Node configuration value for pid cgroup is true');
    expect(messageOfBody('level=error msg=failed err="context canceled"').text).toBe('failed: context canceled');
    // A quote closed later on the line is the value's end, whatever follows it.
    expect(messageOfBody('level=info msg="started" component="api').text).toBe('started');
  });
});
