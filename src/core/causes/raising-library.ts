/**
 * The library, at its version, that raised an error: the top frame of its stack trace, when that
 * frame's file lies in a directory a package manager names by package and version. RubyGems
 * installs each gem under `<GEM_HOME>/gems/<name>-<version>/` (Bundler's `/usr/local/bundle/gems/
 * stripe-3.4.1/lib/stripe/stripe_client.rb`); Go's module cache holds each module under
 * `<GOMODCACHE>/<module path>@<version>/` (`/go/pkg/mod/github.com/jackc/pgx/v5@v5.7.1/conn.go`).
 * A release that introduced an error raised there may have changed the code's call or the
 * library's version it resolved (stripe/stripe-ruby#598: 3.4.1 reusing an invoice's idempotency key
 * for paying it), and the lock file tells which — the reason the release rule names it.
 *
 * Only the top frame counts: a library frame lower down, below the service's own raising frame, is
 * the library calling into the service's code, not the library failing. A Bundler git checkout
 * (`bundler/gems/<name>-<commit>`) names no version and is not read.
 */

/** A Ruby frame (`path.rb:12:in 'method'`, with `from ` in an uncaught trace) or a Go panic frame (`\t/path/file.go:12 +0x1d`). */
const FRAME_FILE = /^\s*(?:from\s+)?(\S+\.rb):\d+:in\b|^\s+(\S+\.go):\d+(?:\s|$)/;

/** `/gems/<name>-<version>/`: the name a gem's (letters first), the version dotted digits with an optional pre-release. */
const GEM_DIR = /\/gems\/([A-Za-z][\w.-]*?)-(\d+(?:\.\d+)+(?:[.-][\w.]+)?)\//;

/** `/pkg/mod/<module>@<version>/`: the module path up to `@`, its version a semantic one (`v1.2.3`, pseudo-versions too). */
const MODULE_DIR = /\/pkg\/mod\/([^@\s]+)@(v\d+\.\d+\.\d+[\w.+-]*)\//;

export interface RaisingLibrary {
  name: string;
  version: string;
  /** The lock file that records the version a release resolved. */
  lockFile: string;
}

export function raisingLibrary(stack: string | undefined): RaisingLibrary | undefined {
  if (!stack) return undefined;
  for (const line of stack.split('\n')) {
    const frame = FRAME_FILE.exec(line);
    if (!frame) continue;
    const file = frame[1] ?? frame[2];
    const gem = frame[1] !== undefined ? GEM_DIR.exec(file) : null;
    if (gem && !/\/bundler\/gems\//.test(file)) return { name: gem[1], version: gem[2], lockFile: 'Gemfile.lock' };
    const mod = frame[2] !== undefined ? MODULE_DIR.exec(file) : null;
    if (mod) return { name: mod[1], version: mod[2], lockFile: 'go.mod' };
    // The top frame is not a versioned library's: whatever lies below did not raise it.
    return undefined;
  }
  return undefined;
}
