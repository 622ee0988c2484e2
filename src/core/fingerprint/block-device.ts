// A Linux block device's name, which the kernel's storage and file-system drivers write for the
// device a line is about: a value of its statement, as a network interface's name is
// (network-interface.ts). btrfs's `BTRFS info (device %s): …`, XFS's `XFS (%s): …`, ext4's
// `EXT4-fs (%s): …` and the block layer's `I/O error, dev %s, …` print whichever device failed.
//
// The kernel names a disk by its driver and an index (Documentation/admin-guide/devices.txt and
// the drivers' own naming): SCSI/SATA/USB disks `sda`…`sdzz`, virtio `vda`, Xen `xvda`, old IDE
// `hda`, with a partition's number after (`sda1`); NVMe `nvme<ctrl>n<namespace>` and its
// partitions `p<n>` (`nvme0n1p2`; multipath's `nvme0c1n1`); MMC/SD `mmcblk<n>` (`mmcblk0p2`,
// `mmcblk0boot0`); device-mapper `dm-<n>`, software RAID `md<n>`, `loop<n>`, network block
// devices `nbd<n>`, Ceph `rbd<n>`, `zram<n>`. The digits of one kind are numbers already
// (template-tokens.ts differentWords: `sda1` / `sda2` are one word); two kinds (`sda2` /
// `nvme0n1p2`, `vda4` / `nbd0`) are two devices one statement names, not two statements. A bare
// `md`, `loop` or `dm` without its index is a word.
const BLOCK_DEVICE_NAME =
  /^(?:(?:x?vd|sd)[a-z]{1,2}\d{0,3}|hd[a-h]\d{0,2}|nvme\d{1,3}(?:c\d{1,3})?n\d{1,3}(?:p\d{1,3})?|mmcblk\d{1,3}(?:p\d{1,3}|boot\d|rpmb)?|dm-\d{1,4}|md\d{1,4}(?:p\d{1,3})?|loop\d{1,4}(?:p\d{1,3})?|nbd\d{1,4}(?:p\d{1,3})?|rbd\d{1,4}|zram\d{1,3})$/;

/** Whether `token`, without the parentheses or punctuation around it, is a whole block device name (see above). */
export function isBlockDeviceName(token: string): boolean {
  if (token.length > 24) return false;
  return BLOCK_DEVICE_NAME.test(token.replace(/^\(/, '').replace(/[):,]{1,3}$/, ''));
}
