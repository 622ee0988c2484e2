// Which GitHub issue belongs to which fingerprint, kept in the store so a restart does not
// have to find every issue again through the search API (30 requests a minute).
import type { IssueNumberCache } from '../../core/ports.js';
import type { Tables } from './environment.js';

const key = (fingerprint: string) => `github-issue:${fingerprint}`;

export class LmdbIssueNumberCache implements IssueNumberCache {
  constructor(private readonly tables: Tables) {}

  async get(fingerprint: string): Promise<number | undefined> {
    return this.tables.meta.get(key(fingerprint)) as number | undefined;
  }

  async set(fingerprint: string, issue: number): Promise<void> {
    await this.tables.root.transaction(() => this.tables.meta.putSync(key(fingerprint), issue));
  }

  async delete(fingerprint: string): Promise<void> {
    await this.tables.root.transaction(() => this.tables.meta.removeSync(key(fingerprint)));
  }
}
