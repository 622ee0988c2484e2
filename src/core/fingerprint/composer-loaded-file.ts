// A PHP throwable raised by the top-level code of a file Composer's autoloader loaded.
//
// Composer loads two kinds of files itself: those a package lists under `autoload.files` (its
// helpers, a Kirby plugin's config.php calling `Kirby::plugin(...)`), which the generated
// vendor/composer/autoload_real.php requires from `composerRequire<hash>()` when the application
// includes vendor/autoload.php, and a class's file, which ClassLoader includes from its
// `includeFile()` (or, in Composer 2, the closure that replaced it) the first time the class is
// used. A failure in such a file's top-level statements (an alias not yet defined, a parent
// class missing) is that file's: it happens whenever the file is loaded, whoever loads it.
//
// Below it the trace shows only the loading: the autoloader's frames, whose function carries a
// hash of the install's path (`composerRequire8aad1bf7…`), and the application's line that
// includes vendor/autoload.php or first names the class. That line is the same for every package
// Composer loads, so when the loaded file is a library's, the first in-app frame was that line,
// and two packages' load failures with one message were one signature (kirby-uniform's and
// kirby-imageradio's config.php, each throwing `Class 'Kirby' not found`, threads-32). The
// loading frames are dropped: the loaded file is the crash site, in-app or library as its path
// says.
import type { ParsedException, RawFrame } from './types.js';

/** The autoloader's own files, under the vendor directory whatever it is called (Composer's `vendor-dir`). */
const AUTOLOADER_FILE = /(?:^|[\\/])composer[\\/](?:autoload_real|ClassLoader)\.php$/;

/** Frame #0 runs a loaded file's top-level code (PHP prints the call as `require()` or `include()`, a construct, read as no function). */
function topLevelCode(frame: RawFrame): boolean {
  return frame.function === undefined && frame.file !== undefined && !frame.native;
}

/** Drops the frames that only loaded the file whose top-level code raised the throwable, when Composer's autoloader loaded it. */
export function keepComposerLoadedFile(exception: ParsedException): void {
  const [thrown, loader] = exception.frames;
  if (!thrown || !loader || !topLevelCode(thrown) || !AUTOLOADER_FILE.test(loader.file ?? '')) return;
  exception.frames = [thrown];
}
