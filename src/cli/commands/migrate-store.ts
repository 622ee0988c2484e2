// `rounds migrate-store --from <data dir> --to postgresql://…`: copies an LMDB data dir into an
// empty PostgreSQL database (store/postgres/copy-store.ts), so one instance can grow into a
// fleet of replicas without losing its history. Progress goes to stderr.
import { isStoreError } from '../../core/store-errors.js';
import { openStore } from '../../store/open-store.js';
import { copyStore, TargetNotEmptyError } from '../../store/postgres/copy-store.js';
import { PgStore } from '../../store/postgres/pg-store.js';
import { parseArgs } from '../args.js';
import { CliError } from '../command.js';

export const summary = 'Copy an LMDB data dir into PostgreSQL (--from DIR --to postgresql://…)';
export const usage = `Usage: rounds migrate-store --from DIR --to postgresql://user:password@host:5432/db [--json]

Copies signatures (with history, aliases and merges), occurrence samples, counters, the trace
index, attribute statistics, the investigation queue, the template miner's state, the budget
ledger and GitHub issue numbers from an LMDB data dir into an empty PostgreSQL database. Stop
\`rounds serve\` on the data dir first; then start the replicas with STORE_BACKEND=postgresql.

  --from DIR     the LMDB data dir (ROUNDS_DATA_DIR of the instance)
  --to URL       the PostgreSQL database (STORE_POSTGRESQL_URL of the replicas)
  --json         print the summary as JSON`;

export async function run(args: string[]): Promise<number> {
  const { options, positionals } = parseArgs('migrate-store', args, { from: 'string', to: 'string', json: 'boolean' });
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"`, 2);
  const from = options.from;
  const to = options.to;
  if (typeof from !== 'string' || from === '') throw new CliError('--from is required: the LMDB data dir to copy', 2);
  if (typeof to !== 'string' || !/^postgres(ql)?:\/\/\S+$/.test(to) || !URL.canParse(to)) throw new CliError('--to needs a URL like postgresql://user:password@host:5432/rounds', 2);
  const source = await openStore({ backend: 'lmdb', dataDir: from }, { readOnly: true, mustExist: true }).catch((error: unknown) => {
    throw new CliError(isStoreError(error) ? error.message : `cannot open the data in ${from}: ${(error as Error).message}`, 2);
  });
  try {
    const target = await PgStore.open(to).catch((error: unknown) => {
      throw new CliError((error as Error).message, 2);
    });
    try {
      const copied = await copyStore(source, target, (done) => process.stderr.write(`copied ${done} signatures\n`)).catch((error: unknown) => {
        if (error instanceof TargetNotEmptyError || isStoreError(error)) throw new CliError(error.message, error instanceof TargetNotEmptyError ? 2 : 1);
        throw error;
      });
      if (options.json) console.log(JSON.stringify(copied));
      else {
        console.log(
          `copied ${copied.signatures} signatures, ${copied.occurrences} samples, ${copied.counterRows} counter rows, ${copied.queued} queued investigations, ` +
            `${copied.budgetDays} budget days, ${copied.issueNumbers} issue numbers${copied.minerState ? ' and the template miner' : ''} from ${from} to ${target.location}`,
        );
      }
      return 0;
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}
