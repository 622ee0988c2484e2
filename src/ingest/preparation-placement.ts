// Where a request's error events are prepared (redacted and analysed, ingest/event-preparation.ts):
// on the fingerprint pool's workers or on the main thread.
//
// Handing events to a worker is not free: they are structured-cloned to it and the prepared batch
// back, about 66 µs of main-thread time for a request of five 20-frame events in the firehose
// profile, and the worker's CPU on top. When the events' texts repeat (an error storm repeats one
// stack trace; sparse errors in healthy traffic come from a few code paths), preparing them on
// the main thread costs less than that: the redaction memo and the analysis cache answer (about
// 8 µs per event, measured in the firehose). There, before this placement existed, Rounds without
// workers used 4–16 % less CPU per span than with them, on every transport and body. When the
// texts are new each time (distinct traces: 30 µs and more of redaction and analysis per event),
// the workers are the second core. The line between the two is the hand-off's own main-thread
// cost per event (about 13 µs) plus part of the worker's: a request prepared here for less
// than that costs the process less CPU in all.
//
// So a small request is prepared on the main thread while that has been measured cheap there, and
// goes to the workers otherwise; large requests always go to the workers (while they have room,
// see the pipeline). The measure is the median of the main thread's last few preparation times
// per event: one measurement can be far off (the first request runs cold code, and a garbage
// collection that starts inside a 40 µs preparation makes it 400 µs), and a moving average fed
// one such outlier said "dear" for hundreds of requests (in the gRPC firehose, 17 % of the
// requests went to the pool after the first one, and the pool's worker started for nothing).
// While the measure says "dear", one small request in `RESAMPLE_EVERY` is still prepared on the
// main thread to measure again, so a storm of distinct errors that turns into repeats comes back.
//
// Dear is not enough: while the main thread has room, the hand-off costs more than it saves. In
// the firehose (512-span exports, 1 % errors, so about five distinct events a request) the main
// thread measured 10–25 µs per event, around the line above, so about half the requests went to
// the pool; with the pool the main thread spent more CPU per span than without it (gRPC 1.20 against
// 1.13 µs, HTTP 0.99 against 0.97), the worker 0.2 µs more, and the worker's isolate 40–85 MB of
// RSS, while the loop was busy 0.64–0.93 of the time either way. The second core helps only when
// the main thread is what limits throughput: so dear small requests go to the workers only while
// the loop is saturated (busy SATURATED_FROM of a window or more), and stay there until it has
// clear room again (below ROOM_BELOW: while the workers take its share the loop is less busy,
// which must not send the work straight back).
//
// The pool's workers start on first use (ingest/fingerprint-pool.ts). Until then, small requests
// stay here until several in a row measure dear, so a service whose few errors repeat never pays
// for a worker's isolate (about 25 MB of RSS in the firehose bench). Several: the first requests
// of a process run while the JIT is still compiling, and measured 21–35 µs per event for the
// first five in the firehose before settling at 9–18.

/** Requests of at most this many error events may be prepared on the main thread. */
const SMALL_REQUEST_EVENTS = 16;
/** Main-thread preparation at or below this many µs per event counts as cheap. */
const CHEAP_US_PER_EVENT = 20;
/** While preparation is dear, one small request in this many is prepared on the main thread to measure it again. */
const RESAMPLE_EVERY = 32;
/** Measurements the median is taken over. */
const SAMPLES_KEPT = 5;
/**
 * Before the pool has started, small requests stay on the main thread until this many in a row
 * have measured dear: the first errors of a process are always new to the memos (and to the
 * JIT), and a service whose errors repeat never needs a worker thread at all.
 */
const DEAR_IN_A_ROW_TO_START_POOL = 8;
/** Event-loop utilisation (ingest/loop-utilization.ts) from which the main thread counts as saturated. */
const SATURATED_FROM = 0.95;
/** Utilisation below which a saturated main thread has room again. */
const ROOM_BELOW = 0.8;

export class PreparationPlacement {
  /** The last SAMPLES_KEPT measurements (µs per event), oldest overwritten first. */
  private readonly samples: number[] = [];
  private nextSample = 0;
  /** Main-thread preparation time per event, the median of `samples`; undefined until measured. */
  private usPerEvent: number | undefined;
  private smallSinceMeasured = 0;
  /** Measurements in a row above CHEAP_US_PER_EVENT (each one alone, not the average). */
  private dearInARow = 0;
  private saturated = false;

  /**
   * `utilization`: the main event loop's busy share over its last window (undefined before one has
   * closed: room). Without it the main thread counts as saturated throughout: dear requests go to
   * the workers, as they did before utilisation was read.
   */
  constructor(private readonly utilization: () => number | undefined = () => 1) {}

  /**
   * Whether a request of `events` error events is prepared on the main thread (when a pool has
   * room). `poolStarted`: whether the pool's workers run yet (they start on first use).
   */
  onMainThread(events: number, poolStarted = true): boolean {
    if (events > SMALL_REQUEST_EVENTS) return false;
    if (this.usPerEvent !== undefined && this.usPerEvent <= CHEAP_US_PER_EVENT) return true;
    if (!this.mainThreadSaturated()) return true;
    if (!poolStarted && this.dearInARow < DEAR_IN_A_ROW_TO_START_POOL) return true;
    if (this.usPerEvent !== undefined && ++this.smallSinceMeasured < RESAMPLE_EVERY) return false;
    this.smallSinceMeasured = 0;
    return true;
  }

  private mainThreadSaturated(): boolean {
    const busy = this.utilization() ?? 0;
    this.saturated = this.saturated ? busy >= ROOM_BELOW : busy >= SATURATED_FROM;
    return this.saturated;
  }

  /** What preparing `events` events on the main thread took. */
  measured(events: number, ms: number): void {
    if (events === 0) return;
    const sample = (ms * 1000) / events;
    this.dearInARow = sample > CHEAP_US_PER_EVENT ? this.dearInARow + 1 : 0;
    this.samples[this.nextSample] = sample;
    this.nextSample = (this.nextSample + 1) % SAMPLES_KEPT;
    // The lower middle of an even count: two samples, one of them an outlier, read as the other.
    const sorted = this.samples.slice().sort((a, b) => a - b);
    this.usPerEvent = sorted[(sorted.length - 1) >> 1];
  }

  /** The current measure (µs per event); the tests read it. */
  get mainThreadUsPerEvent(): number | undefined {
    return this.usPerEvent;
  }
}
