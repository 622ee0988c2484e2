// Keeps a replica's template miner in step with the other replicas on a shared store
// (docs/scaling.md): every interval it saves what this miner learned (merged under the row
// lock with what is stored) or, when it learned nothing, reads the stored state if it changed,
// and merges the result into the running miner (core/fingerprint/miner-merge.ts). A template
// another replica learned is then used here from the next round on. The merge runs on this
// thread between two requests, like the miner itself (ingest/pipeline.ts): the miner has one
// owner.
import { mergeSavedMinerStates, type Fingerprinter } from '../core/fingerprint/index.js';
import type { MinerStateStore } from '../core/ports.js';
import { Counter, Gauge, type Registry } from '../observability/metrics.js';

export type RefreshOutcome = 'merged' | 'unchanged' | 'failed';

export interface MinerRefreshLogger {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

export class MinerRefresh {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;
  /** The stored state's version when last read (MinerStateStore.minerStateVersion). */
  private knownVersion: string | undefined;
  /** A save failed: the next round saves the whole state again, learned or not. */
  private unsaved = false;
  private failing = false;
  private readonly rounds: Counter<'outcome'>;

  constructor(
    private readonly store: MinerStateStore,
    private readonly fingerprinter: Fingerprinter,
    private readonly intervalMs: number,
    registry: Registry,
    private readonly logger: MinerRefreshLogger,
  ) {
    this.rounds = new Counter(registry, 'rounds_miner_refreshes_total', 'Rounds of sharing the template miner with the other replicas, by outcome (merged, unchanged, failed).', ['outcome']);
    for (const outcome of ['merged', 'unchanged', 'failed'] as const) this.rounds.child({ outcome });
    new Gauge(registry, 'rounds_miner_templates', 'Log and message templates the template miner holds, its own and those merged from other replicas.').track(() => fingerprinter.templates);
  }

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.refresh().finally(() => {
        this.running = undefined;
        this.schedule();
      });
    }, this.intervalMs);
    // A refresh never holds the process open: shutdown stops it explicitly.
    this.timer.unref();
  }

  /** One round (the timer's; tests call it too). */
  async refresh(): Promise<RefreshOutcome> {
    const outcome = await this.round();
    this.rounds.inc({ outcome });
    return outcome;
  }

  private async round(): Promise<RefreshOutcome> {
    try {
      let stored: unknown;
      if (this.fingerprinter.dirty || this.unsaved) {
        this.unsaved = true;
        stored = await this.store.saveMinerState(this.fingerprinter.exportState(), mergeSavedMinerStates);
        this.unsaved = false;
      } else {
        const version = await this.store.minerStateVersion();
        if (version !== undefined && version === this.knownVersion) return this.recovered('unchanged');
        stored = await this.store.loadMinerState();
        this.knownVersion = version;
        if (stored === undefined) return this.recovered('unchanged');
      }
      const merge = this.fingerprinter.mergeMinerState(stored);
      if (merge.added > 0 || merge.absorbed > 0) this.logger.info({ ...merge }, "merged other replicas' templates into the template miner");
      return this.recovered('merged');
    } catch (error) {
      // Once per outage, not per round; ingest keeps running on what this miner knows.
      if (!this.failing) this.logger.warn({ err: error }, "sharing the template miner's templates failed; retrying every interval");
      this.failing = true;
      return 'failed';
    }
  }

  private recovered(outcome: RefreshOutcome): RefreshOutcome {
    this.failing = false;
    return outcome;
  }

  /** Stops the timer and waits for a round in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
