// Opens the store for a CLI command (store/open-store.ts decides which). Read-only commands
// take LMDB read transactions only, so they never block (or wait for) a running server.
//
// Only the data dir is needed here, so it is resolved with the same precedence as the server's
// settings (flag, then environment, then `.env`, then ./data) without validating — or even
// loading — the whole configuration schema: `rounds list` starts faster and does not fail
// over a setting only the server uses.
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import type { Store } from '../core/ports.js';
import { isStoreError } from '../core/store-errors.js';
import { openStore } from '../store/open-store.js';
import { CliError } from './command.js';

export interface OpenedStore {
  store: Store;
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

/** Store errors (a missing, damaged or newer store) propagate; `withStore` maps them to exit codes. */
export async function openStoreFromArgs(args: string[], options: { write?: boolean } = {}): Promise<OpenedStore> {
  const { dataDir, rest } = resolveDataDir(args);
  let store: Store;
  try {
    store = await openStore({ backend: 'lmdb', dataDir }, { readOnly: !options.write, mustExist: true });
  } catch (error) {
    if (isStoreError(error)) throw error;
    // Permissions, a file system error: say which store and why.
    throw new CliError(`cannot open the data in ${dataDir}: ${(error as Error).message}`);
  }
  return { store, dataDir, rest, close: () => store.close() };
}
