// The kernel's taint line after a hung task's report read with its flags, release and version as one
// value (src/core/fingerprint/kernel-taint-line.ts). Lines as os-logs-src/linux.txt lists them,
// each with its thread; the near misses' sources beside them.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withKernelTaintAsValue } from '../../../src/core/fingerprint/kernel-taint-line.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'linux-kernel', body, severityText: 'ERROR' })));
}

describe("the kernel's taint line", () => {
  it('is one signature per print_tainted text whatever the flags and the release', () => {
    const [debian, cut, elrepo, daily] = signatures([
      // sonic-net/sonic-buildimage#4822: flags with spaces for the unset ones, Debian's whole version
      '[26825.860651]       Tainted: G        W   E     4.19.0-6-amd64 #1 Debian 4.19.67-2+deb10u2',
      // linux-test-project/ltp#940: the flags alone
      '[27792.382546] Tainted: G O',
      // logrotate/logrotate#232 (dmesg -T) and thesofproject/linux#3387 (syslog)
      '[Wed Dec 19 03:36:07 2018]       Not tainted 4.16.2-1.el7.elrepo.x86_64 #1',
      'May 31 22:34:22 sh-tglh-0a70-hda-01 kernel:       Not tainted 5.18.0-rc2-daily-default-20220531-0-g46f61a08b40c #dev',
    ]);
    expect(cut).toBe(debian);
    expect(daily).toBe(elrepo);
    // A tainted and an untainted kernel: print_tainted's two texts.
    expect(elrepo).not.toBe(debian);
  });

  it("keeps dump_stack's header, where `Tainted:` follows the task, apart and as it was", () => {
    // Seagate/cortx-prvsnr#4513
    const [header, taint] = signatures([
      'Oct 23 06:34:59 ssc-vm-c-365 kernel: CPU: 2 PID: 2266 Comm: python Tainted: P OE ------------ 3.10.0-1062.el7.x86_64 #1',
      '[26825.860651]       Tainted: G        W   E     4.19.0-6-amd64 #1 Debian 4.19.67-2+deb10u2',
    ]);
    expect(header).not.toBe(taint);
    const inside = ['kernel:', 'CPU:', '<int>', 'PID:', '<int>', 'Comm:', 'python', 'Tainted:', 'P', 'OE'];
    expect(withKernelTaintAsValue(inside)).toBe(inside);
  });

  it('leaves another program\'s `tainted:` as it was', () => {
    // libvirt's qemuDomainObjTaint (Mirantis/virtlet#629) writes `is tainted: custom-argv`: not the kernel's.
    const libvirt = ['Domain', 'id=<*>', 'is', 'tainted:', 'custom-argv'];
    expect(withKernelTaintAsValue(libvirt)).toBe(libvirt);
  });
});
