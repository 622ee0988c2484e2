// A Linux block device's name is a value of the statement that names it (block-device.ts), as a
// network interface's is. Lines from public threads, as os-logs-src/linux.txt lists them:
// https://github.com/maharmstone/btrfs/issues/88 (sda2), https://github.com/maharmstone/btrfs/issues/788
// (nvme0n1p2), https://github.com/coreos/fedora-coreos-tracker/issues/784 (vda4),
// https://github.com/vitalif/vitastor/issues/14 (nbd0). Before: each kind of device was a
// signature of its own.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isBlockDeviceName } from '../../../src/core/fingerprint/block-device.js';
import { differentWords } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'linux-syslog', body, severityText: 'ERROR' })));
}

describe('a block device name', () => {
  it('is a device name, bare or as the kernel encloses it', () => {
    for (const t of ['sda', 'sda2):', '(vda4):', 'nvme0n1,', 'nvme0n1p2):', 'nvme0c1n1', '(nbd0):', 'dm-15):', 'mmcblk0p2):', 'md127', 'loop3', 'xvdb1', 'zram0']) expect(isBlockDeviceName(t)).toBe(true);
    expect(differentWords('sda2):', 'nvme0n1p2):')).toBe(false);
    expect(differentWords('(vda4):', '(nbd0):')).toBe(false);
  });

  it('near misses: a word like a device, or a device word without its index, stays a word', () => {
    for (const t of ['md', 'loop', 'dm', 'nvme', 'mmcblk', 'disk0', 'sdcard', 'md5sum', 'nvme0', 'sda-1']) expect(isBlockDeviceName(t)).toBe(false);
    expect(differentWords('(device', '(failed')).toBe(true);
    expect(differentWords('loop', 'sda1')).toBe(true);
    expect(differentWords('sda1):', 'failed):')).toBe(true);
  });

  it("real: btrfs's and XFS's lines for two kinds of device are one signature per statement", () => {
    const ids = signatures([
      '[    5.423562] BTRFS info (device sda2): enabling ssd optimizations',
      '[  294.540316] BTRFS info (device nvme0n1p2): enabling ssd optimizations',
      '[   10.039337] XFS (vda4): Unmount and run xfs_repair',
      '[Mon Jul 19 10:37:35 2021] XFS (nbd0): Unmount and run xfs_repair',
    ]);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    expect(ids[0]).not.toBe(ids[2]);
  });
});
