// Runs a command body against the store and turns its expected failures into one-line CLI
// errors: store errors by their code (cli/store-errors.ts), refused lifecycle transitions.
import { LifecycleError } from '../core/lifecycle.js';
import { isStoreError } from '../core/store-errors.js';
import { CliError } from './command.js';
import { openStoreFromArgs, type OpenedStore } from './open-store.js';
import { cliErrorOf } from './store-errors.js';

export async function withStore(args: string[], options: { write?: boolean }, body: (opened: OpenedStore) => Promise<number>): Promise<number> {
  const opened = await openStoreFromArgs(args, options).catch((error: unknown) => {
    throw isStoreError(error) ? cliErrorOf(error) : error;
  });
  try {
    return await body(opened);
  } catch (error) {
    if (isStoreError(error)) throw cliErrorOf(error);
    if (error instanceof LifecycleError) throw new CliError(error.message, 1, error.code);
    throw error;
  } finally {
    await opened.close();
  }
}
