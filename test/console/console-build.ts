// The console's bundle for tests: `npm test` builds it (npm run build); a test file run on its
// own builds it once when it is missing or older than a file under web/, guarded by a lock
// directory so parallel test files do not build at the same time.
import { existsSync, statSync } from 'node:fs';
import { takeBuildLock } from '../helpers/build-lock.js';
import { newestMtime, ROOT } from '../helpers/cli.js';

export async function ensureConsoleBuilt(): Promise<void> {
  const built = `${ROOT}dist/console/index.html`;
  const fresh = () => existsSync(built) && statSync(built).mtimeMs >= newestMtime(`${ROOT}web`);
  if (fresh()) return;
  const release = takeBuildLock(`${ROOT}.console-build-lock`, 'another test file to build the console');
  try {
    if (!fresh()) {
      const { buildConsole } = (await import(`${ROOT}web/build.mjs`)) as { buildConsole: () => Promise<unknown> };
      await buildConsole();
    }
  } finally {
    release();
  }
}
