// Opens the data dir for a CLI command. Read-only commands take LMDB read transactions only,
// so they never block (or wait for) a running server.
//
// Only the data dir is needed here, so it is resolved with the same precedence as the server's
// settings (flag, then environment, then `.env`, then ./data) without validating — or even
// loading — the whole configuration schema: `rounds list` starts faster and does not fail
// over a setting only the server uses.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { closeTables, openTables } from '../store/environment.js';
import { StoreFileError } from '../store/file-check.js';
import { LmdbSignatureStore } from '../store/signature-store.js';
import { CliError } from './command.js';

export interface OpenedStore {
  store: LmdbSignatureStore;
  dataDir: string;
  /** Arguments left after --data-dir was taken out. */
  rest: string[];
  close(): Promise<void>;
}

const DATA_DIR_KEY = 'ROUNDS_DATA_DIR';

function fromEnvFile(file = '.env'): string | undefined {
  if (!existsSync(file)) return undefined;
  return parseEnv(readFileSync(file, 'utf8'))[DATA_DIR_KEY] || undefined;
}

export function resolveDataDir(args: string[]): { dataDir: string; rest: string[] } {
  let flag: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--data-dir') {
      flag = args[++i];
      if (flag === undefined || flag === '') throw new CliError('flag --data-dir needs a value', 2);
    } else if (arg.startsWith('--data-dir=')) {
      flag = arg.slice('--data-dir='.length);
      if (!flag) throw new CliError('flag --data-dir needs a value', 2);
    } else rest.push(arg);
  }
  return { dataDir: flag ?? (process.env[DATA_DIR_KEY] || undefined) ?? fromEnvFile() ?? './data', rest };
}

export function openStoreFromArgs(args: string[], options: { write?: boolean } = {}): OpenedStore {
  const { dataDir, rest } = resolveDataDir(args);
  if (!existsSync(join(dataDir, 'rounds.mdb'))) {
    throw new CliError(`no Rounds data in ${dataDir} (start \`rounds serve --data-dir ${dataDir}\` first, or pass --data-dir)`);
  }
  let tables;
  try {
    tables = openTables(dataDir, { readOnly: !options.write });
  } catch (error) {
    // A damaged or foreign data file: the message names it; exit 2 like other bad input.
    if (error instanceof StoreFileError) throw new CliError(error.message, 2);
    // Permissions, a data dir from a newer Rounds, a damaged file: say which dir and why.
    throw new CliError(`cannot open the data in ${dataDir}: ${(error as Error).message}`);
  }
  return { store: new LmdbSignatureStore(tables), dataDir, rest, close: () => closeTables(tables) };
}
