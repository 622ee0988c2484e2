// Opens the data dir for a CLI command. Read-only commands take LMDB read transactions only,
// so they never block (or wait for) a running server.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, parseFlags, type Config } from '../config.js';
import { closeTables, openTables } from '../store/environment.js';
import { LmdbSignatureStore } from '../store/signature-store.js';
import { CliError } from './command.js';

export interface OpenedStore {
  store: LmdbSignatureStore;
  config: Config;
  /** Arguments left after the settings flags (--data-dir …) were taken out. */
  rest: string[];
  close(): Promise<void>;
}

export function openStoreFromArgs(args: string[], options: { write?: boolean } = {}): OpenedStore {
  const { settings, rest } = parseFlags(args);
  const config = loadConfig(settings);
  const dir = config.ROUNDS_DATA_DIR;
  if (!existsSync(join(dir, 'rounds.mdb'))) {
    throw new CliError(`no Rounds data in ${dir} (start \`rounds serve --data-dir ${dir}\` first, or pass --data-dir)`);
  }
  const tables = openTables(dir, { readOnly: !options.write });
  return { store: new LmdbSignatureStore(tables), config, rest, close: () => closeTables(tables) };
}
