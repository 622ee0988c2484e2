// The machine's name in the kernel's dump_stack header read as one value
// (src/core/fingerprint/kernel-hardware-name.ts). Lines as os-logs-src/linux.txt lists them, each
// with its thread.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withKernelHardwareNameAsValue } from '../../../src/core/fingerprint/kernel-hardware-name.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'linux-syslog', body, severityText: 'ERROR' })));
}

describe("the kernel's Hardware name row", () => {
  it('is one signature whatever the machine', () => {
    const [dmi, tree] = signatures([
      // the third round's hung task report on a RHEV guest (x86 DMI vendor, product and BIOS)
      'Oct 23 06:34:59 ssc-vm-c-365 kernel: Hardware name: Red Hat RHEV Hypervisor, BIOS 1.11.0-2.el7 04/01/2014',
      // openbmc/openbmc#2228 (an arm device tree's model)
      '[  438.150000] Hardware name: ASpeed SoC',
    ]);
    expect(dmi).toBe(tree);
  });

  it('reads the label only where it opens the message and a name follows', () => {
    const kept = (tokens: string[]) => expect(withKernelHardwareNameAsValue(tokens)).toBe(tokens);
    kept(['kernel:', 'Hardware', 'name:']);
    kept(['kernel:', 'unknown', 'Hardware', 'name:', 'ASpeed', 'SoC']);
    kept(['kernel:', 'Hardware', 'name', 'ASpeed', 'SoC']);
    kept(['kernel:', 'Hardware', 'name:', ...Array.from({ length: 17 }, () => 'x')]);
    expect(withKernelHardwareNameAsValue(['kernel:', 'Hardware', 'name:', 'ASpeed', 'SoC'])).toEqual(['kernel:', 'Hardware', 'name:', '<*>']);
  });

  it('keeps the CPU line before it another statement', () => {
    const [hardware, cpu] = signatures([
      '[  438.150000] Hardware name: ASpeed SoC',
      '[  438.150000] CPU: 0 PID: 6 Comm: ksoftirqd/0 Not tainted 4.10.17-ba30e9ed152bab62f72da24986ee5ca22d6c9b07 #1',
    ]);
    expect(hardware).not.toBe(cpu);
  });
});
