// Investigation leases for LMDB. One `rounds serve` owns a data dir (store/server-lock.ts), so
// every lease holder lives in this process and the leases are kept in memory: they guard the
// same invariant as PostgreSQL's shared leases (one investigation of a signature at a time)
// with the same expiry rule, and a restart starts with none — nothing else could hold one.
interface Lease {
  holder: string;
  untilMs: number;
}

export class LmdbLeases {
  private readonly leases = new Map<string, Lease>();

  take(id: string, holder: string, nowMs: number, ttlMs: number): boolean {
    const current = this.leases.get(id);
    if (current && current.holder !== holder && current.untilMs > nowMs) return false;
    this.leases.set(id, { holder, untilMs: nowMs + ttlMs });
    return true;
  }

  renew(id: string, holder: string, nowMs: number, ttlMs: number): boolean {
    const current = this.leases.get(id);
    // Lapsed and taken by another, or given up: the holder must stop.
    if (!current || current.holder !== holder) return false;
    current.untilMs = nowMs + ttlMs;
    return true;
  }

  release(id: string, holder: string): void {
    if (this.leases.get(id)?.holder === holder) this.leases.delete(id);
  }
}
