// Benchmark: what a refused OTLP/gRPC call costs. The receiver's gRPC server (OtlpGrpcServer)
// behind an admission that refuses everything, driven open-loop by the overload client
// (test/helpers/overload-client.mjs, two child processes) with 20-error SDK-built trace exports
// (about 47 KB; BENCH_REFUSAL_ERRORS=1 for about 3 KB). Prints the CPU this process spent per
// call (user + system: the server's threads and this driver; under overload most calls are
// refused, so this is most of what the load costs the receiver) and the client processes' CPU
// per call, from /proc. CPU time, unlike latency, hardly depends on what else the machine runs;
// compare two checkouts by running this in each, alternately.
//   npx tsx bench/grpc-refusal.ts   (BENCH_REFUSAL_RATE calls/s, default 1000; BENCH_REFUSAL_MS, default 5000)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { OtlpGrpcServer } from '../src/ingest/grpc-server.js';
import { overloaded } from '../src/ingest/status.js';
import { ErrorExports, LoadClient } from '../test/helpers/overload.js';
import { receiverOptions } from '../test/helpers/receiver-options.js';

const RATE = Number(process.env.BENCH_REFUSAL_RATE ?? 1000);
const DURATION_MS = Number(process.env.BENCH_REFUSAL_MS ?? 5000);
const ERRORS = Number(process.env.BENCH_REFUSAL_ERRORS ?? 20);

/** CPU time of this process's children (the load client), in µs, from /proc/<pid>/stat (utime + stime, in clock ticks of 10 ms). */
function clientCpuUs(): number {
  let ticks = 0;
  for (const pid of execFileSync('pgrep', ['-P', String(process.pid)]).toString().trim().split('\n')) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // pgrep itself, gone by now.
    }
  }
  return ticks * 10_000;
}

const refuseAll = { refusal: () => overloaded('Rounds is saturated (bench); retry later', 1), admit: () => overloaded('Rounds is saturated (bench); retry later', 1) };
const server = new OtlpGrpcServer(receiverOptions({ admission: refuseAll, maxMessageBytes: 64 * 1024 * 1024 }));
const port = await server.start();
const client = new LoadClient('grpc', port, new ErrorExports('refusal-bench', ERRORS));
// Warm-up: connections open, code paths compiled.
await client.closedLoop(64, 1000);
const clientBefore = clientCpuUs();
const cpuBefore = process.cpuUsage();
const loopBefore = performance.eventLoopUtilization();
const run = await client.openLoop(RATE, DURATION_MS);
const cpu = process.cpuUsage(cpuBefore);
const clientUs = clientCpuUs() - clientBefore;
const loop = performance.eventLoopUtilization(loopBefore);
console.log(
  `${run.sent} calls at ${RATE}/s (${ERRORS} errors each): refused with hint ${run.refusedWithHint}, other ${JSON.stringify(run.other)}; ` +
    `server CPU ${((cpu.user + cpu.system) / run.sent).toFixed(0)} µs per call (user ${(cpu.user / run.sent).toFixed(0)}, system ${(cpu.system / run.sent).toFixed(0)}), event loop busy ${(loop.utilization * 100).toFixed(0)}%; ` +
    `client CPU ${(clientUs / run.sent).toFixed(0)} µs per call, busiest client loop ${(run.clientLoopUtilization * 100).toFixed(0)}%; load average ${loadavg()[0].toFixed(1)}`,
);
await client.close();
await server.stop(100);
