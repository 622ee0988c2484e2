// Gathers what one fetchContext learned from several requests. A backend that answered some
// requests still makes the diagnosis richer, so partial failures become notes; only when
// nothing worked does the whole call fail (retryable if any part was). Once a request comes
// back retryable (timeout, refused, 5xx after the retries) the backend is taken as down for
// the rest of the call: the remaining requests are skipped, so a dead backend costs one
// request's worth of time, not one per query.
import { failed, ok, retryable, type ContextPiece, type Outcome } from '../../core/ports.js';

export class ContextCollector implements ContextPiece {
  traces: ContextPiece['traces'] = [];
  logs: ContextPiece['logs'] = [];
  metrics: ContextPiece['metrics'] = [];
  notes: string[] = [];
  private answered = 0;
  private problems: Exclude<Outcome<unknown>, { status: 'ok' }>[] = [];
  private skipped = 0;

  constructor(private readonly backend: string) {}

  /** True once a request came back retryable: the backend is unavailable for now. */
  get down(): boolean {
    return this.problems.some((p) => p.status === 'retryable');
  }

  /** Runs the request unless the backend is down; see take(). */
  async attempt<T>(request: () => Promise<Outcome<T>>, context?: string): Promise<T | undefined> {
    if (this.down) {
      this.skipped++;
      return undefined;
    }
    return this.take(await request(), context);
  }

  /** The value of an ok outcome; otherwise remembers the problem (and its note) and returns undefined. */
  take<T>(outcome: Outcome<T>, context?: string): T | undefined {
    if (outcome.status === 'ok') {
      this.answered++;
      return outcome.value;
    }
    this.problems.push(outcome);
    this.notes.push(context ? `${outcome.error} (${context})` : outcome.error);
    return undefined;
  }

  note(text: string): void {
    this.notes.push(text);
  }

  finish(): Outcome<ContextPiece> {
    if (this.skipped > 0) this.notes.push(`${this.backend}: ${this.skipped} more request(s) skipped, the backend being unavailable`);
    const piece: ContextPiece = { traces: this.traces, logs: this.logs, metrics: this.metrics, notes: this.notes };
    if (this.answered > 0 || this.problems.length === 0) return ok(piece);
    const error = [...new Set(this.notes)].join('; ');
    const waits = this.problems.flatMap((p) => (p.status === 'retryable' ? [p.retryInMs] : []));
    return waits.length > 0 ? retryable(error, Math.max(...waits)) : failed(error);
  }
}
