// A Go program installed or run by its module path at a version (`go install example.com/cli@v1.0.0`,
// `go run …@latest`) is built in the module cache: cmd/go downloads the program's module there as
// it does each dependency (https://go.dev/ref/mod#go-install), so the trace prints the program's
// own files under `$GOMODCACHE/<module>@<version>/`, beside its dependencies', or, built with
// -trimpath, as `<module>@<version>/…`. By those paths every frame read as library code, and a
// panic in the program's own function had no in-app frame: the top library frames stood for it,
// and the same panic built from a checkout (its files under the working tree) was another
// signature (Crush's completions list from a release build and from v0.1.10 installed as a module,
// charmbracelet/crush#649 and #1076, threads-27). The `main` package is always the program's, so
// where its frame is under such a root, the files under that root — and only those — are the
// program's: each is renamed to its path in the module (`example.com/cli/internal/view/view.go`),
// as -trimpath prints a program built from its own checkout. A dependency's root differs (its
// module, its version) and stays library code. Without a `main` frame nothing is changed.
import type { RawFrame } from './types.js';

/** A module's root in the module cache or under -trimpath: what comes before, the module path, `@`, the version, `/`. */
const MODULE_ROOT = /^(?:.{0,500}?\/pkg\/mod\/)?([^@\s]{1,300})@v\d{1,6}\.\d{1,6}\.\d{1,6}[^/\s]{0,80}\//;

/** The frames with the installed program's own files named by their path in its module. */
export function withInstalledProgramFilesOwn(frames: RawFrame[]): void {
  const main = frames.find((f) => f.module === 'main' && f.file?.includes('@v'));
  const root = main?.file ? MODULE_ROOT.exec(main.file) : null;
  if (!root) return;
  const [prefix, modulePath] = root;
  for (const f of frames) if (f.file?.startsWith(prefix)) f.file = `${modulePath}/${f.file.slice(prefix.length)}`;
}
