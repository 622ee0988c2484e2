// The console's bundle for tests: `npm test` builds it (npm run build); a test file run on its
// own builds it once when it is missing or older than a file under web/, guarded by a lock
// directory so parallel test files do not build at the same time.
import { existsSync, mkdirSync, rmdirSync, statSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { newestMtime, ROOT } from '../helpers/cli.js';

export async function ensureConsoleBuilt(): Promise<void> {
  const built = `${ROOT}dist/console/index.html`;
  const fresh = () => existsSync(built) && statSync(built).mtimeMs >= newestMtime(`${ROOT}web`);
  if (fresh()) return;
  const lock = `${ROOT}.console-build-lock`;
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (i === 600) throw new Error('timed out waiting for another test file to build the console');
      await delay(200);
    }
  }
  try {
    if (!fresh()) {
      const { buildConsole } = (await import(`${ROOT}web/build.mjs`)) as { buildConsole: () => Promise<unknown> };
      await buildConsole();
    }
  } finally {
    rmdirSync(lock);
  }
}
