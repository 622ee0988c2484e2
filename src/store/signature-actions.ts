// The management operations people run on signatures (CLI and API share them): each looks
// the signature up by id or unique prefix, applies a pure lifecycle change and commits it in
// one write transaction, which LMDB serialises with the receiver's commits — also when the
// CLI runs in another process than `rounds serve`.
import * as lifecycle from '../core/lifecycle.js';
import type { MuteCondition, Signature } from '../core/model.js';
import type { Clock } from '../core/ports.js';
import type { InvestigationEntry } from './ingest-writer.js';
import { putQueueEntryInTxn, removeQueueEntryInTxn } from './investigation-queue.js';
import type { LmdbSignatureStore } from './signature-store.js';

export interface By {
  /** `cli:<user>`, `api`, `webhook`. */
  actor: string;
  reason?: string;
}

export interface MuteRequest {
  forMs?: number;
  untilMs?: number;
  /** The mute ends once this many more occurrences have been counted. */
  countGrowth?: number;
}

/** Meta rows `muteDeadline:<id>` → untilMs, so expiry visits only time-muted signatures. */
export const MUTE_DEADLINE_PREFIX = 'muteDeadline:';

export class SignatureActions {
  constructor(
    private readonly store: LmdbSignatureStore,
    private readonly clock: Clock,
  ) {}

  private actor(by: By): lifecycle.Actor {
    return { actor: by.actor, reason: by.reason, atMs: this.clock.now() };
  }

  /** One write transaction, resolved once it is durable (committed and flushed). */
  private async commit<T>(work: () => T): Promise<T> {
    const result = await this.store.tables.root.transaction(work);
    await this.store.tables.root.flushed;
    return result;
  }

  private async change(idOrPrefix: string, change: (sig: Signature) => Signature, extra?: (next: Signature) => void): Promise<Signature> {
    const { id } = this.store.requireSignature(idOrPrefix);
    return this.commit(() => {
      const next = this.store.updateInTxn(id, change);
      this.syncMuteDeadline(next);
      extra?.(next);
      return next;
    });
  }

  private syncMuteDeadline(sig: Signature): void {
    const key = MUTE_DEADLINE_PREFIX + sig.id;
    const untilMs = sig.status === 'muted' ? sig.mute?.untilMs : undefined;
    if (untilMs !== undefined) this.store.tables.meta.putSync(key, untilMs);
    else if (this.store.tables.meta.get(key) !== undefined) this.store.tables.meta.removeSync(key);
  }

  /**
   * A signature muted before it was ever diagnosed lost its queue entry (triage drops muted
   * ones); when the mute ends it is open again and goes back in the queue.
   */
  private requeueIfUndiagnosed(sig: Signature, nowMs: number): void {
    if (sig.status === 'new' && !sig.diagnosis && this.store.tables.investigations.get(sig.id) === undefined) {
      const entry: InvestigationEntry = { reason: sig.regressed ? 'regressed' : 'new', enqueuedMs: nowMs, attempts: 0, notBeforeMs: nowMs };
      putQueueEntryInTxn(this.store.tables, sig.id, entry);
    }
  }

  resolve(idOrPrefix: string, by: By, inRelease?: string): Promise<Signature> {
    return this.change(idOrPrefix, (sig) => lifecycle.resolve(sig, this.actor(by), inRelease));
  }

  mute(idOrPrefix: string, by: By, request: MuteRequest = {}): Promise<Signature> {
    const actor = this.actor(by);
    return this.change(idOrPrefix, (sig) => {
      const condition: MuteCondition = {};
      if (request.forMs !== undefined) condition.untilMs = actor.atMs + request.forMs;
      if (request.untilMs !== undefined) condition.untilMs = request.untilMs;
      // Relative to the count inside the transaction, so occurrences committed meanwhile count.
      if (request.countGrowth !== undefined) condition.untilCount = sig.count + request.countGrowth;
      return lifecycle.mute(sig, actor, condition);
    });
  }

  unmute(idOrPrefix: string, by: By): Promise<Signature> {
    const actor = this.actor(by);
    return this.change(idOrPrefix, (sig) => lifecycle.unmute(sig, actor), (next) => this.requeueIfUndiagnosed(next, actor.atMs));
  }

  reset(idOrPrefix: string, by: By): Promise<Signature> {
    return this.change(idOrPrefix, (sig) => lifecycle.reset(sig, this.actor(by)));
  }

  tag(idOrPrefix: string, by: By, add: readonly string[], remove: readonly string[] = []): Promise<Signature> {
    return this.change(idOrPrefix, (sig) => lifecycle.tag(sig, this.actor(by), add, remove));
  }

  /**
   * Puts the signature at the head of the investigation queue: a `manual` entry due at once
   * (notBeforeMs 0) with a fresh attempt count. A merged signature's target is queued instead.
   */
  requestDiagnosis(idOrPrefix: string, by: By): Promise<Signature> {
    let sig = this.store.requireSignature(idOrPrefix);
    if (sig.mergedInto) sig = this.store.requireSignature(sig.mergedInto);
    const nowMs = this.clock.now();
    return this.change(
      sig.id,
      (current) => lifecycle.requestDiagnosis(current, this.actor(by)),
      (next) => {
        const entry: InvestigationEntry = { reason: 'manual', enqueuedMs: nowMs, attempts: 0, notBeforeMs: 0 };
        putQueueEntryInTxn(this.store.tables, next.id, entry);
      },
    );
  }

  /** The source's fingerprints become aliases of the target; the source is kept as a tombstone. */
  async merge(targetIdOrPrefix: string, sourceIdOrPrefix: string, by: By): Promise<{ target: Signature; source: Signature }> {
    const targetId = this.store.requireSignature(targetIdOrPrefix).id;
    const sourceId = this.store.requireSignature(sourceIdOrPrefix).id;
    const actor = this.actor(by);
    return this.commit(() => {
      const target = this.store.getSignature(targetId)!;
      const source = this.store.getSignature(sourceId)!;
      const result = lifecycle.merge(target, source, actor);
      // The source first: dropping its index rows before the target claims its fingerprints.
      this.store.putInTxn(source, result.source);
      this.store.putInTxn(target, result.target);
      this.syncMuteDeadline(result.source);
      removeQueueEntryInTxn(this.store.tables, sourceId);
      return result;
    });
  }

  async split(targetIdOrPrefix: string, sourceIdOrPrefix: string, by: By): Promise<{ target: Signature; source: Signature }> {
    const targetId = this.store.requireSignature(targetIdOrPrefix).id;
    const sourceId = this.store.requireSignature(sourceIdOrPrefix).id;
    const actor = this.actor(by);
    return this.commit(() => {
      const target = this.store.getSignature(targetId)!;
      const source = this.store.getSignature(sourceId)!;
      const result = lifecycle.split(target, source, actor);
      // The target first, so the source's fingerprints end up pointing back at the source.
      this.store.putInTxn(target, result.target);
      this.store.putInTxn(source, result.source);
      this.syncMuteDeadline(result.source);
      return result;
    });
  }

  /** Ends time-based mutes that are due. Visits only signatures muted with a deadline. */
  async expireMutes(): Promise<string[]> {
    const nowMs = this.clock.now();
    const due: string[] = [];
    for (const { key, value } of this.store.tables.meta.getRange({ start: MUTE_DEADLINE_PREFIX, end: MUTE_DEADLINE_PREFIX + '\uffff' })) {
      if ((value as number) <= nowMs) due.push(String(key).slice(MUTE_DEADLINE_PREFIX.length));
    }
    if (due.length === 0) return [];
    const expired: string[] = [];
    await this.commit(() => {
      for (const id of due) {
        const current = this.store.getSignature(id);
        const next = current ? lifecycle.expireMute(current, nowMs) : undefined;
        if (current && next && next !== current) {
          this.store.putInTxn(current, next);
          this.requeueIfUndiagnosed(next, nowMs);
          expired.push(id);
        }
        // Gone, unmuted by an occurrence, or re-muted elsewhere: the row follows the signature.
        if (next) this.syncMuteDeadline(next);
        else this.store.tables.meta.removeSync(MUTE_DEADLINE_PREFIX + id);
      }
    });
    return expired;
  }
}
