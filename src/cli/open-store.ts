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
import { openStore, type StoreLocation } from '../store/open-store.js';
import { CliError } from './command.js';

export interface OpenedStore {
  store: Store;
  dataDir: string;
  /** Arguments left after --data-dir was taken out. */
  rest: string[];
  close(): Promise<void>;
}

const DATA_DIR_KEY = 'ROUNDS_DATA_DIR';

function fromEnvFile(key = DATA_DIR_KEY, file = '.env'): string | undefined {
  if (!existsSync(file)) return undefined;
  return parseEnv(readFileSync(file, 'utf8'))[key] || undefined;
}

/**
 * The store a command opens: `--store postgresql://…`, else `--data-dir`, else the settings
 * (STORE_BACKEND=postgresql with STORE_POSTGRESQL_URL, from the environment or `.env`), else
 * the data dir's usual precedence.
 */
export function resolveStore(args: string[]): { location: StoreLocation; dataDir: string; rest: string[] } {
  let url: string | undefined;
  const others: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--store' || arg.startsWith('--store=')) {
      url = arg === '--store' ? args[++i] : arg.slice('--store='.length);
      if (!url) throw new CliError('flag --store needs a value (postgresql://user:password@host:5432/db)', 2);
      if (!/^postgres(ql)?:\/\/\S+$/.test(url) || !URL.canParse(url)) throw new CliError('flag --store needs a URL like postgresql://user:password@host:5432/db', 2);
    } else others.push(arg);
  }
  const explicitDir = others.some((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  const { dataDir, rest } = resolveDataDir(others);
  if (!url && !explicitDir) {
    const backend = process.env.STORE_BACKEND || fromEnvFile('STORE_BACKEND');
    if (backend?.toLowerCase() === 'postgresql') url = process.env.STORE_POSTGRESQL_URL || fromEnvFile('STORE_POSTGRESQL_URL');
  }
  return url ? { location: { backend: 'postgresql', url }, dataDir: url, rest } : { location: { backend: 'lmdb', dataDir }, dataDir, rest };
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
  const { location, dataDir: where, rest } = resolveStore(args);
  let dataDir = where;
  let store: Store;
  try {
    store = await openStore(location, { readOnly: !options.write, mustExist: true });
    dataDir = store.location;
  } catch (error) {
    if (isStoreError(error)) throw error;
    // Permissions, a file system error: say which store and why.
    throw new CliError(`cannot open the data in ${dataDir}: ${(error as Error).message}`);
  }
  return { store, dataDir, rest, close: () => store.close() };
}
