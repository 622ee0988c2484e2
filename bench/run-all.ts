// Runs every benchmark, one after another, each in its own process so one's heap and JIT
// state do not colour the next. `npm run bench`; or run one: `npx tsx bench/<name>.ts`.
// Each benchmark prints its own table (figures beside their peers and targets, with the load
// average while it ran); this ends with one line per benchmark: whether its self-checks
// passed, how long it took and the machine's load while it ran: the load average, and on a
// virtual machine the share of CPU time the hypervisor gave to other guests (bench/cpu-steal.ts).
// The machine may be shared, so figures from a loaded run are compared as ratios within that run.
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { cpuTicks, stealBetween } from './cpu-steal.js';

const BENCHES = ['decode', 'fingerprint', 'firehose', 'all-errors', 'commit', 'list', 'backlog', 'store'];
const only = process.argv.slice(2);
let failed = 0;
const summary: string[] = [];
for (const name of BENCHES.filter((b) => only.length === 0 || only.includes(b))) {
  console.log(`\n## ${name}`);
  const file = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  const load0 = loadavg()[0];
  const ticks0 = cpuTicks();
  const t0 = performance.now();
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', file], { stdio: 'inherit' });
  const seconds = (performance.now() - t0) / 1000;
  if (result.status !== 0) {
    failed++;
    console.log(`(${name} failed: exit ${result.status})`);
  }
  summary.push(`| ${name} | ${result.status === 0 ? 'ok' : `FAILED (exit ${result.status})`} | ${seconds.toFixed(0)} | ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)} | ${stealBetween(ticks0, cpuTicks()) ?? '—'} |`);
}
console.log(`\n## summary (${availableParallelism()} cores, Node ${process.versions.node})`);
console.log('| benchmark | self-checks | seconds | load average (1 min, start → end) | CPU stolen by the hypervisor |');
console.log('|---|---|---:|---|---|');
for (const line of summary) console.log(line);
process.exitCode = failed > 0 ? 1 : 0;
