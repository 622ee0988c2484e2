// Benchmark: the OTLP receiver under overload and under gzip bombs, with default settings.
//   1. capacity for all-error traffic: 20-error SDK-built trace exports (bench/payloads.ts,
//      fresh trace ids each), 64 in flight, closed loop, per transport;
//   2. three times that, open loop, for BENCH_OVERLOAD_MS: accepted / refused (with a retry
//      hint) / anything else, and the latency of the accepted exports (from being sent on one
//      of the client's 256 keep-alive connections, as a Collector's timeout counts it);
//   3. 32 concurrent 80 MiB gzip bombs (16 per transport, authenticated), RSS before, at the
//      peak and after, and 16 gRPC bombs without a token.
// The receiver runs in this process (RSS is its own plus this driver's); the load client runs
// in two child processes (test/helpers/overload-client.mjs), and how busy the busiest one's
// event loop was is printed: near 100%, the client, not the receiver, set the latencies.
//   npx tsx bench/overload.ts      (BENCH_OVERLOAD_MS=6000 for a shorter overload, BENCH_OVERLOAD_BOMBS=0 without part 3,
//                                   BENCH_OVERLOAD_TRANSPORTS=grpc for one transport)
import { rmSync } from 'node:fs';
import pino from 'pino';
import { loadConfig } from '../src/config.js';
import { startRounds } from '../src/main.js';
import { ErrorExports, LoadClient, percentile, type Transport } from '../test/helpers/overload.js';
import { grpcBomb, gzipZeros, httpBomb } from '../test/helpers/overload-bombs.js';
import { tempDataDir } from '../test/helpers/temp-dir.js';

const OVERLOAD_MS = Number(process.env.BENCH_OVERLOAD_MS ?? 15_000);
const TOKEN = 'bench-token';
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

async function main(): Promise<void> {
  const dataDir = tempDataDir();
  const config = loadConfig({ ROUNDS_DATA_DIR: dataDir, OTLP_HOST: '127.0.0.1', OTLP_GRPC_PORT: '0', OTLP_HTTP_PORT: '0', ROUNDS_API_PORT: '0', INVESTIGATOR_ENABLED: 'false', OTLP_AUTH_TOKEN: TOKEN }, {}, '');
  const rounds = await startRounds(config, { logger: pino({ level: 'silent' }) });
  try {
    // BENCH_OVERLOAD_TRANSPORTS=grpc (or http) measures one transport alone, e.g. under --cpu-prof.
    for (const transport of (process.env.BENCH_OVERLOAD_TRANSPORTS ?? 'http,grpc').split(',') as Transport[]) {
      // The load client sends no token: run this part against an open receiver.
      const openDir = tempDataDir();
      const open = await startRounds(loadConfig({ ROUNDS_DATA_DIR: openDir, OTLP_HOST: '127.0.0.1', OTLP_GRPC_PORT: '0', OTLP_HTTP_PORT: '0', ROUNDS_API_PORT: '0', INVESTIGATOR_ENABLED: 'false' }, {}, ''), { logger: pino({ level: 'silent' }) });
      const client = new LoadClient(transport, transport === 'http' ? open.httpPort : open.grpcPort, new ErrorExports(`bench-${transport}`, 20));
      // The warm-up also opens the HTTP client's 256 connections (test/helpers/overload-client.mjs).
      await client.closedLoop(256, 2000);
      const capacity = await client.closedLoop(64, 5000);
      const perSecond = (capacity.accepted * 1000) / capacity.durationMs;
      let peak = process.memoryUsage().rss;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
      const accountBefore = open.admission();
      const loopBefore = performance.eventLoopUtilization();
      const cpuBefore = process.cpuUsage();
      const overload = await client.openLoop(Math.ceil(3 * perSecond), OVERLOAD_MS);
      // CPU of this process (the receiver's threads and this driver; the client is elsewhere)
      // per export offered: unlike the latencies, it hardly depends on what else the machine runs.
      const cpu = process.cpuUsage(cpuBefore);
      const cpuPerExportUs = (cpu.user + cpu.system) / overload.sent;
      const account = open.admission();
      // Recovery: from the end of the sending window until a fresh export is accepted (the
      // open loop ends once every export sent has been answered).
      const probeStarted = performance.now();
      const probe = new ErrorExports(`bench-${transport}-after`, 20).next();
      while ((await client.send(probe)) !== 'accepted') await new Promise((r) => setTimeout(r, 100));
      const recoveryMs = overload.durationMs - OVERLOAD_MS + (performance.now() - probeStarted);
      const waits = account.recentWaitsMs.slice(-(account.queued - accountBefore.queued));
      clearInterval(sampler);
      console.log(
        `${transport}: capacity ${perSecond.toFixed(0)} exports/s = ${((capacity.acceptedEvents * 1000) / capacity.durationMs).toFixed(0)} error events/s ` +
          `(closed loop, 64 in flight, p50 ${percentile(capacity.acceptedLatencies, 50).toFixed(0)} ms)`,
      );
      console.log(
        `${transport}: 3x for ${OVERLOAD_MS / 1000} s: sent ${overload.sent}, accepted ${overload.accepted}, refused with hint ${overload.refusedWithHint}, other ${JSON.stringify(overload.other)}; ` +
          `accepted p50 ${percentile(overload.acceptedLatencies, 50).toFixed(0)} ms, p99 ${percentile(overload.acceptedLatencies, 99).toFixed(0)} ms, max ${Math.max(...overload.acceptedLatencies).toFixed(0)} ms ` +
          `(with the wait for a free client connection p99 ${percentile(overload.acceptedQueuedLatencies, 99).toFixed(0)} ms; admission to commit p99 ${percentile(waits, 99).toFixed(0)} ms); ` +
          `refused p99 ${percentile(overload.refusedLatencies, 99).toFixed(0)} ms (of them refused after waiting past the promise: ${(account.shedLate ?? 0) - (accountBefore.shedLate ?? 0)}); peak RSS ${mib(peak)}; accepted again ${recoveryMs.toFixed(0)} ms after the load stopped; ` +
          `receiver CPU ${cpuPerExportUs.toFixed(0)} µs per export sent; event loop busy: receiver ${(performance.eventLoopUtilization(loopBefore).utilization * 100).toFixed(0)}%, client ${((overload.clientLoopUtilization ?? Number.NaN) * 100).toFixed(0)}%`,
      );
      await client.close();
      await open.stop();
      rmSync(openDir, { recursive: true, force: true });
    }

    // BENCH_OVERLOAD_BOMBS=0 leaves the bombs out (A/B runs of the overload part alone).
    if (process.env.BENCH_OVERLOAD_BOMBS === '0') return;
    const bomb = await gzipZeros(80);
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const statuses = await Promise.all([
      ...Array.from({ length: 16 }, () => httpBomb(rounds.httpPort, bomb, `Bearer ${TOKEN}`).then((r) => r.answer)),
      ...Array.from({ length: 16 }, () => grpcBomb(rounds.grpcPort, bomb, `Bearer ${TOKEN}`)),
    ]);
    clearInterval(sampler);
    const counts: Record<string, number> = {};
    for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
    await new Promise((r) => setTimeout(r, 2000));
    const after2 = process.memoryUsage().rss;
    await new Promise((r) => setTimeout(r, 13_000));
    console.log(
      `bombs: 32 x ${(bomb.length / 1024).toFixed(0)} KiB of gzip → 80 MiB each; answers ${JSON.stringify(counts)}; ` +
        `RSS before ${mib(before)}, peak ${mib(peak)}, 2 s after ${mib(after2)}, 15 s after ${mib(process.memoryUsage().rss)}`,
    );

    const beforeNoToken = process.memoryUsage().rss;
    let peakNoToken = beforeNoToken;
    const sampler2 = setInterval(() => (peakNoToken = Math.max(peakNoToken, process.memoryUsage().rss)), 10);
    const noToken = await Promise.all(Array.from({ length: 16 }, () => grpcBomb(rounds.grpcPort, bomb, 'Bearer wrong')));
    clearInterval(sampler2);
    console.log(`gRPC bombs without a token: answers ${JSON.stringify([...new Set(noToken)])} (grpc 16 = UNAUTHENTICATED); RSS before ${mib(beforeNoToken)}, peak ${mib(peakNoToken)}`);
  } finally {
    await rounds.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
