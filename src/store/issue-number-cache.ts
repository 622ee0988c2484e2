// Which GitHub issue belongs to which fingerprint, kept in LMDB so a restart does not have to
// find every issue again through the search API (30 requests a minute).
import type { IssueNumberCache } from '../adapters/notify/github.js';
import type { Tables } from './environment.js';

const key = (fingerprint: string) => `github-issue:${fingerprint}`;

export class LmdbIssueNumberCache implements IssueNumberCache {
  /** Write-through: LMDB puts are asynchronous, so what was just set is read from here. */
  private readonly recent = new Map<string, number | null>();

  constructor(private readonly tables: Tables) {}

  get(fingerprint: string): number | undefined {
    const known = this.recent.get(fingerprint);
    if (known !== undefined) return known ?? undefined;
    return this.tables.meta.get(key(fingerprint)) as number | undefined;
  }

  set(fingerprint: string, issue: number): void {
    this.recent.set(fingerprint, issue);
    // Queued with the next write batch; a lost entry costs one search after a crash.
    // A failed commit (disk full) loses only this cache entry: the issue is found by search.
    this.tables.root.transaction(() => this.tables.meta.putSync(key(fingerprint), issue)).catch(() => {});
  }

  delete(fingerprint: string): void {
    this.recent.set(fingerprint, null);
    this.tables.root.transaction(() => this.tables.meta.removeSync(key(fingerprint))).catch(() => {});
  }
}
