// A write refused by a quota on the volume, not by a full disk. EDQUOT (errno 122 on Linux, 69 on
// the BSDs, strerror `Disk quota exceeded`, `Disc quota exceeded` on the BSDs) is what write(2),
// open(2) and mkdir(2) return when the user's, group's or project's quota on that filesystem is
// used up (write(2), open(2): 'the user's quota of disk blocks / inodes on the filesystem has been
// exhausted'), while the filesystem itself may have plenty of room: a CephFS directory's
// `ceph.quota.max_bytes` behind a Kubernetes volume (ceph/ceph-csi#1002: the claim resized, the
// quota left at the old size), a GlusterFS brick's quota (kadalu/kadalu#336: `failed [Disk quota
// exceeded]` on a 700Mi claim of a 1 TB device), XFS project quotas, NFS exports and home
// directories (mikeizbicki/cmc-csci046#539: 'The filesystem is not full, but you've likely used up
// your allocated disk space'). `df` inside a pod shows the cluster's size, not the quota
// (ceph-csi#1695), so freeing disk or adding disk is the wrong fix: the quota, or what is counted
// against it, is. The runtimes' words:
//  - the errno's strerror, after a path (Go's `write /data/x: disk quota exceeded`, coreutils),
//    in PHP's `Write of 8192 bytes failed with errno=122 Disk quota exceeded`, Python's
//    `[Errno 122] Disk quota exceeded`, Node's `EDQUOT: disk quota exceeded, write`;
//  - the errno's name, EDQUOT, standing alone (not inside another name: Pulsar's
//    ProducerBlockedQuotaExceeded is a topic's backlog, signals.ts).
// A request quota (`Quota exceeded for quota metric …`, a 429) and a Kubernetes ResourceQuota
// (`exceeded quota: compute-resources`) are not a disk's: they name no disk.

/** A write refused by a disk quota (EDQUOT), in the kernel's or the runtimes' words. */
export const DISK_QUOTA_EXCEEDED = /\bEDQUOT\b|\bDis[kc] quota exceeded\b/i;

/** The resource a disk quota bounds, as the exhaustion rule names it. */
export const DISK_QUOTA = "disk quota (its volume's or user's quota on the filesystem)";

/** What to do about a disk quota reached: the quota and what is counted against it, not the disk. */
export function diskQuotaFix(service: string): string {
  return `Find the quota ${service}'s writes are counted against and how close it is — a shared volume's own limit (CephFS' ceph.quota.max_bytes on the volume's directory, which a resized PersistentVolumeClaim does not always follow; an XFS or NFS project quota; GlusterFS' volume quota), or a user's or group's (quota -s, repquota) — since df inside a container shows the filesystem's room, not the quota's. Raise the quota to the size the volume was meant to have, or delete what is counted against it (old uploads, temporary files, versions nobody reads), and alert on the quota's use rather than on the disk's.`;
}
