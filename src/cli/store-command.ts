// Runs a command body against the data dir and turns the store's expected failures (unknown
// or ambiguous id, refused transition, bad cursor) into one-line CLI errors.
import { LifecycleError } from '../core/lifecycle.js';
import { InvalidCursorError } from '../store/queries.js';
import { AmbiguousIdError, SignatureNotFoundError } from '../store/signature-store.js';
import { CliError } from './command.js';
import { openStoreFromArgs, type OpenedStore } from './open-store.js';

export async function withStore(args: string[], options: { write?: boolean }, body: (opened: OpenedStore) => Promise<number>): Promise<number> {
  const opened = openStoreFromArgs(args, options);
  try {
    return await body(opened);
  } catch (error) {
    if (error instanceof AmbiguousIdError || error instanceof SignatureNotFoundError || error instanceof LifecycleError || error instanceof InvalidCursorError) {
      throw new CliError(error.message);
    }
    throw error;
  } finally {
    await opened.close();
  }
}
