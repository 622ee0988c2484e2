// The management operations people run on signatures (CLI, API and console share them): each
// looks the signature up by id or unique prefix, applies a pure lifecycle change
// (core/lifecycle.ts) and commits it in one store transaction (SignatureTransactions), which
// the store serialises with the receiver's commits — also when the CLI runs in another
// process than `rounds serve`, or on another replica of a shared store.
import * as lifecycle from './lifecycle.js';
import type { MuteCondition, Signature } from './model.js';
import type { ActionBy, Clock, InvestigationEntry, LifecycleActions, MuteRequest, SignatureQueries, SignatureTransactions, SignatureTxn } from './ports.js';

export type { ActionBy as By, MuteRequest };

export type ActionsStore = Pick<SignatureQueries, 'requireSignature'> & SignatureTransactions;

export class SignatureActions implements LifecycleActions {
  constructor(
    private readonly store: ActionsStore,
    private readonly clock: Clock,
  ) {}

  private actor(by: ActionBy): lifecycle.Actor {
    return { actor: by.actor, reason: by.reason, atMs: this.clock.now() };
  }

  private async change(idOrPrefix: string, change: (sig: Signature) => Signature, extra?: (next: Signature, txn: SignatureTxn) => void): Promise<Signature> {
    const { id } = await this.store.requireSignature(idOrPrefix);
    return this.store.transactSignatures([id], (txn) => {
      const current = txn.get(id);
      if (!current) throw new Error(`no signature ${id}`);
      const next = change(current);
      txn.put(current, next);
      extra?.(next, txn);
      return next;
    });
  }

  /**
   * A signature muted before it was ever diagnosed lost its queue entry (triage drops muted
   * ones); when the mute ends it is open again and goes back in the queue.
   */
  private requeueIfUndiagnosed(sig: Signature, nowMs: number, txn: SignatureTxn): void {
    if (sig.status === 'new' && !sig.diagnosis && txn.investigation(sig.id) === undefined) {
      const entry: InvestigationEntry = { reason: sig.regressed ? 'regressed' : 'new', enqueuedMs: nowMs, attempts: 0, notBeforeMs: nowMs };
      txn.enqueue(sig.id, entry);
    }
  }

  resolve(idOrPrefix: string, by: ActionBy, inRelease?: string): Promise<Signature> {
    return this.change(idOrPrefix, (sig) => lifecycle.resolve(sig, this.actor(by), inRelease));
  }

  mute(idOrPrefix: string, by: ActionBy, request: MuteRequest = {}): Promise<Signature> {
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

  unmute(idOrPrefix: string, by: ActionBy): Promise<Signature> {
    const actor = this.actor(by);
    return this.change(idOrPrefix, (sig) => lifecycle.unmute(sig, actor), (next, txn) => this.requeueIfUndiagnosed(next, actor.atMs, txn));
  }

  reset(idOrPrefix: string, by: ActionBy): Promise<Signature> {
    return this.change(idOrPrefix, (sig) => lifecycle.reset(sig, this.actor(by)));
  }

  tag(idOrPrefix: string, by: ActionBy, add: readonly string[], remove: readonly string[] = []): Promise<Signature> {
    return this.change(idOrPrefix, (sig) => lifecycle.tag(sig, this.actor(by), add, remove));
  }

  /**
   * Puts the signature at the head of the investigation queue: a `manual` entry due at once
   * (notBeforeMs 0) with a fresh attempt count. A merged signature's target is queued instead.
   */
  async requestDiagnosis(idOrPrefix: string, by: ActionBy): Promise<Signature> {
    let sig = await this.store.requireSignature(idOrPrefix);
    if (sig.mergedInto) sig = await this.store.requireSignature(sig.mergedInto);
    const nowMs = this.clock.now();
    return this.change(
      sig.id,
      (current) => lifecycle.requestDiagnosis(current, this.actor(by)),
      (next, txn) => txn.enqueue(next.id, { reason: 'manual', enqueuedMs: nowMs, attempts: 0, notBeforeMs: 0 }),
    );
  }

  /** The source's fingerprints become aliases of the target; the source is kept as a tombstone. */
  async merge(targetIdOrPrefix: string, sourceIdOrPrefix: string, by: ActionBy): Promise<{ target: Signature; source: Signature }> {
    const targetId = (await this.store.requireSignature(targetIdOrPrefix)).id;
    const sourceId = (await this.store.requireSignature(sourceIdOrPrefix)).id;
    const actor = this.actor(by);
    return this.store.transactSignatures([targetId, sourceId], (txn) => {
      const result = lifecycle.merge(present(txn, targetId), present(txn, sourceId), actor);
      // The source first: dropping its index rows before the target claims its fingerprints.
      txn.put(txn.get(sourceId), result.source);
      txn.put(txn.get(targetId), result.target);
      txn.dequeue(sourceId);
      return result;
    });
  }

  async split(targetIdOrPrefix: string, sourceIdOrPrefix: string, by: ActionBy): Promise<{ target: Signature; source: Signature }> {
    const targetId = (await this.store.requireSignature(targetIdOrPrefix)).id;
    const sourceId = (await this.store.requireSignature(sourceIdOrPrefix)).id;
    const actor = this.actor(by);
    return this.store.transactSignatures([targetId, sourceId], (txn) => {
      const result = lifecycle.split(present(txn, targetId), present(txn, sourceId), actor);
      // The target first, so the source's fingerprints end up pointing back at the source.
      txn.put(txn.get(targetId), result.target);
      txn.put(txn.get(sourceId), result.source);
      return result;
    });
  }

  /** Ends time-based mutes that are due. Visits only signatures muted with a deadline. */
  async expireMutes(): Promise<string[]> {
    const nowMs = this.clock.now();
    const due = await this.store.dueMutes(nowMs);
    if (due.length === 0) return [];
    return this.store.transactSignatures(due, (txn) => {
      const expired: string[] = [];
      for (const id of due) {
        const current = txn.get(id);
        const next = current ? lifecycle.expireMute(current, nowMs) : undefined;
        if (current && next && next !== current) {
          txn.put(current, next);
          this.requeueIfUndiagnosed(next, nowMs, txn);
          expired.push(id);
        } else if (current) {
          // Unmuted by an occurrence or re-muted for longer since: rewriting it as it is lets
          // the store's deadline follow the signature, so it is not visited again.
          txn.put(current, current);
        }
      }
      return expired;
    });
  }
}

function present(txn: SignatureTxn, id: string): Signature {
  const sig = txn.get(id);
  if (!sig) throw new Error(`no signature ${id}`);
  return sig;
}
