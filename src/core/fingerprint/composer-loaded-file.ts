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
//
// A throwable raised by autoload_real.php itself, where it requires the files it lists (a
// package's bundled vendor/ naming a file the release did not ship: PHP 7's fatal error, PHP 8's
// Error), is the autoloader's failure at that require: the frames below it are the same loading,
// and the function it runs in is generated with the install's hash in its name
// (`composerRequire979c…`), where PHP 7's error line names no function at all. It is kept as
// the file alone, as a location with no function is (kirby-uniform's bundle missing
// myclabs/deep-copy's deep_copy.php in 2018 and again in 2023, threads-32).
import type { ParsedException, RawFrame } from './types.js';

/** The autoloader's own files, under the vendor directory whatever it is called (Composer's `vendor-dir`). */
const AUTOLOADER_FILE = /(?:^|[\\/])composer[\\/](?:autoload_real|ClassLoader)\.php$/;
/** The generated file that requires the `autoload.files` entries. */
const FILES_REQUIRER = /(?:^|[\\/])composer[\\/]autoload_real\.php$/;

/** Frame #0 runs a loaded file's top-level code (PHP prints the call as `require()` or `include()`, a construct, read as no function). */
function topLevelCode(frame: RawFrame): boolean {
  return frame.function === undefined && frame.file !== undefined && !frame.native;
}

/**
 * Drops the frames that only loaded the file whose top-level code raised the throwable, when
 * Composer's autoloader loaded it, and those below autoload_real.php when it raised it itself.
 */
export function keepComposerLoadedFile(exception: ParsedException): void {
  const [thrown, loader] = exception.frames;
  if (!thrown?.file) return;
  if (FILES_REQUIRER.test(thrown.file)) exception.frames = [{ file: thrown.file, line: thrown.line }];
  else if (loader && topLevelCode(thrown) && AUTOLOADER_FILE.test(loader.file ?? '')) exception.frames = [thrown];
}
