// Runs every benchmark, one after another, each in its own process so one's heap and JIT
// state do not colour the next. `npm run bench`; or run one: `npx tsx bench/<name>.ts`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BENCHES = ['decode', 'fingerprint', 'firehose', 'all-errors', 'list', 'backlog', 'store'];
const only = process.argv.slice(2);
let failed = 0;
for (const name of BENCHES.filter((b) => only.length === 0 || only.includes(b))) {
  console.log(`\n## ${name}`);
  const file = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', file], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.log(`(${name} failed: exit ${result.status})`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
