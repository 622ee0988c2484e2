// Overload, fast not deep: at about three times what the receiver measurably accepts, over
// each transport, every refusal carries a retry hint, accepted exports are answered promptly,
// nothing acknowledged is missing from the store, memory stays bounded, and the receiver
// serves normally once the load stops. Durations are short so the suite stays quick on two
// cores; `npx tsx bench/overload.ts` runs the same load longer and prints the figures.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, spawnServer, type SpawnedServer } from '../helpers/cli.js';
import { traceRequest } from '../helpers/otlp-requests.js';
import { grpcBomb, gzipZeros, httpBomb, processMemory } from '../helpers/overload-bombs.js';
import { ErrorExports, LoadClient, percentile, type Transport } from '../helpers/overload.js';
import { startTestInstance, tempDataDir, type TestInstance } from '../helpers/rounds-instance.js';
import { allSignatures } from '../helpers/temp-store.js';

/**
 * Memory bound of the receiver with default settings: the main thread's V8 heap plus the
 * buffers bound to it (`heapUsed + external`). The load generator runs in child processes
 * (test/helpers/overload-client.mjs), so neither its exports nor its event loop count here;
 * this process's RSS and its own (anonymous) memory, the receiver's with the test runner's and
 * the fingerprint worker's, are printed. `npx tsx bench/overload.ts` measures the same of a real
 * `rounds serve` process as shipped, against the same bound.
 */
const RECEIVER_MEMORY_BOUND = 512 * 1024 * 1024;

async function storedEvents(rounds: TestInstance, service: string): Promise<number> {
  rounds.store.refresh();
  let n = 0;
  for (const s of await allSignatures(rounds.store, 'count')) if (s.service === service) n += s.count;
  return n;
}

describe.each<Transport>(['http', 'grpc'])('three times capacity over %s', (transport) => {
  let rounds: TestInstance;
  let client: LoadClient;
  const service = `overload-${transport}`;
  beforeAll(async () => {
    rounds = await startTestInstance({}, tempDataDir(), { loopPressure: true });
    client = new LoadClient(transport, transport === 'http' ? rounds.httpPort : rounds.grpcPort, new ErrorExports(service, 20));
  });
  afterAll(async () => {
    await client?.close();
    await rounds?.dispose();
  });

  it('refuses the excess at once with a retry hint and answers what it accepts promptly', { timeout: 180_000 }, async () => {
    // Capacity: what it accepts per second with 64 exports always in flight (commits are
    // grouped, so it grows with concurrency), after a warm-up.
    // The warm-up also opens the HTTP client's connections (see overload-client.mjs).
    const acceptedBefore = (await client.closedLoop(256, 1000)).acceptedEvents;
    const capacity = await client.closedLoop(64, 2000);
    expect(capacity.other).toEqual({});
    const perSecond = (capacity.accepted * 1000) / capacity.durationMs;
    expect(perSecond).toBeGreaterThan(0);

    let peakRss = process.memoryUsage().rss;
    let peakReceiver = 0;
    let peakAnon = 0;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakReceiver = Math.max(peakReceiver, m.heapUsed + m.external);
      peakAnon = Math.max(peakAnon, processMemory(process.pid).anon);
    }, 25);
    // Three times the measured capacity; when the machine's load made that measurement low
    // (nothing was refused: not overloaded after all), twice the rate again, up to twice.
    let acceptedInEarlierRounds = 0;
    let accountBefore = rounds.admission();
    let overload = await client.openLoop(Math.ceil(3 * perSecond), 5000);
    for (let rate = 6 * perSecond; overload.refusedWithHint === 0 && rate <= 12 * perSecond; rate *= 2) {
      acceptedInEarlierRounds += overload.acceptedEvents;
      accountBefore = rounds.admission();
      overload = await client.openLoop(Math.ceil(rate), 5000);
    }
    clearInterval(sampler);
    const account = rounds.admission();
    console.log(
      `${transport}: capacity ${perSecond.toFixed(0)} exports/s (${((capacity.acceptedEvents * 1000) / capacity.durationMs).toFixed(0)} error events/s); ` +
        `closed-loop p50 ${percentile(capacity.acceptedLatencies, 50).toFixed(0)} ms; at 3x: sent ${overload.sent}, accepted ${overload.accepted}, refused ${overload.refusedWithHint}, ` +
        `accepted p50 ${percentile(overload.acceptedLatencies, 50).toFixed(0)} ms p99 ${percentile(overload.acceptedLatencies, 99).toFixed(0)} ms ` +
        `(admission to commit p99 ${percentile(account.recentWaitsMs.slice(-(account.queued - accountBefore.queued)), 99).toFixed(0)} ms), refused p99 ${percentile(overload.refusedLatencies, 99).toFixed(0)} ms, peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB, receiver heap + buffers ${(peakReceiver / 2 ** 20).toFixed(0)} MiB, process's own memory (RssAnon) ${(peakAnon / 2 ** 20).toFixed(0)} MiB`,
    );

    // Every export was answered, and every refusal carries a retry hint.
    expect(overload.other).toEqual({});
    expect(overload.accepted + overload.refusedWithHint).toBe(overload.sent);
    // It was overloaded (some refused) and kept accepting (not all refused).
    expect(overload.refusedWithHint).toBeGreaterThan(0);
    expect(overload.accepted).toBeGreaterThan(0);
    // Accepted exports are answered promptly: admission's own account, in units that do not
    // depend on the machine's speed. None was queued behind more than the bound (queueTarget
    // seconds of commits at the measured rate, at most one transaction). How many commits each
    // waited for is printed: with the fingerprint pool, a prefix of the queue commits while later
    // exports are still being prepared, so an export may wait for more than the running commit
    // and its own. Wall-clock latency is printed, not asserted (it depends on the machine).
    const queued = account.queued - accountBefore.queued;
    const waited = account.commitsWaited.map((n, i) => n - accountBefore.commitsWaited[i]);
    expect(queued).toBe(overload.accepted);
    expect(account.queuedPastTarget - accountBefore.queuedPastTarget).toBe(0);
    console.log(`${transport}: commits waited for (0, 1, 2, 3, 4, 5 or more): ${waited.join(', ')}`);
    // Nothing acknowledged is missing (every export has fresh trace ids: no retries to fold).
    expect(await storedEvents(rounds, service)).toBeGreaterThanOrEqual(acceptedBefore + capacity.acceptedEvents + acceptedInEarlierRounds + overload.acceptedEvents);
    expect(peakReceiver).toBeLessThan(RECEIVER_MEMORY_BOUND);

    // Serves normally once the load stops.
    const probe = traceRequest(`${service}-after`, [{ type: 'Error', message: 'after the storm' }]);
    await expect.poll(async () => client.send(probe), { timeout: 60_000, interval: 200 }).toBe('accepted');
  });
});

describe('memory after a spike of decompression bombs', () => {
  let server: SpawnedServer | undefined;
  const dataDir = tempDataDir();
  beforeAll(() => ensureBuilt(), 300_000);
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses every bomb and hands the memory back once the spike is over', { timeout: 120_000 }, async () => {
    // A real `rounds serve` process, with the allocator setting the Docker image sets (README,
    // "Memory"): its RSS is what the operating system sees, not a test runner's.
    server = await spawnServer(['--data-dir', dataDir, '--host', '127.0.0.1'], { MALLOC_MMAP_THRESHOLD_: '65536', INVESTIGATOR_ENABLED: 'false' });
    const pid = server.child.pid!;
    const client = new LoadClient('http', server.ports.http, new ErrorExports('bombs-baseline', 20), 8);
    try {
      // The baseline: the receiver after ordinary work, settled.
      const warm = await client.closedLoop(8, 1000);
      expect(warm.accepted).toBeGreaterThan(0);
    } finally {
      await client.close();
    }
    let baseline = processMemory(pid).rss;
    await expect.poll(() => {
      const now = processMemory(pid).rss;
      const settled = Math.abs(now - baseline) < 4 * 2 ** 20;
      baseline = now;
      return settled;
    }, { timeout: 60_000, interval: 500 }).toBe(true);

    // 16 over each transport at once, 60 MiB each once inflated (about 60 KiB on the wire).
    const bomb = await gzipZeros(60);
    const answers = await Promise.all([
      ...Array.from({ length: 16 }, () => httpBomb(server!.ports.http, bomb)),
      ...Array.from({ length: 16 }, () => grpcBomb(server!.ports.grpc, bomb).then((answer) => ({ answer, retryAfter: 'grpc' }))),
    ]);
    // Refused: retryably while the byte budget is full (with a hint), else as undecodable
    // (zeros are not an OTLP message); never accepted, never an internal error.
    for (const { answer, retryAfter } of answers) {
      expect(['http 503', 'http 400', 'grpc 14', 'grpc 3']).toContain(answer);
      if (answer === 'http 503') expect(retryAfter).toBe('2');
    }
    const { peak } = processMemory(pid);
    console.log(`bombs: RSS baseline ${(baseline / 2 ** 20).toFixed(0)} MiB, peak ${(peak / 2 ** 20).toFixed(0)} MiB`);
    // The spike was real: the receiver held and inflated a great deal at once.
    expect(peak - baseline).toBeGreaterThan(128 * 2 ** 20);
    // And it is handed back: the receiver collects once the spike is over (it says so), and
    // RSS returns near the baseline without anything else happening.
    await expect.poll(() => server!.stderr(), { timeout: 60_000, interval: 250 }).toContain('"msg":"a spike of request bytes is over; its memory was collected"');
    await expect.poll(() => processMemory(pid).rss, { timeout: 60_000, interval: 250 }).toBeLessThan(1.5 * baseline);
    console.log(`bombs: RSS after ${(processMemory(pid).rss / 2 ** 20).toFixed(0)} MiB`);
  });
});
