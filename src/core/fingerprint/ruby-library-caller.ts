// The program a Ruby failure in library code only was entered from. Where no frame is the
// application's, the top library frames stand for the crash site (exception.ts); when all of them
// are one gem's, they say which of that gem's statements failed, not which program asked it to
// run. Active Record's `ThroughReflection#source_reflection` reading `through_reflection.klass`
// of a missing association is reached from administrate's dashboard generator and from
// database_consistency's checker alike, its three top frames the same (reflection.rb's
// source_reflection, derive_class_name, class_name; threads-55): one signature for failures in
// two programs' code. The gem of the first frame below them in another gem (or the application's
// directory, were there one) contributes, by name and not by release or frame: Sidekiq's fetcher,
// scheduler and API reaching one refused Redis connection are one failure (server-logs-12), and a
// frame of it would have made three. Frames of a method written in C (`map`, `each`) are the
// runtime's and are passed over. A copy cut before any other gem's frame keeps the top frames
// alone. Left: one program's two calls into one gem statement for two reasons (active_record_doctor's
// two detectors, threads-55) stay one signature.
import type { RawFrame, Runtime } from './types.js';

/** How far below the top frames the caller is looked for. */
const MAX_DEPTH = 40;

/**
 * The library a Ruby file belongs to: the gem directory its path names last (`activerecord-7.0.4`
 * under `gems/`, `rails-<sha>` under `bundler/gems/`), which holds however the path above it was
 * written or mangled (`[/project/]shared/bundle/…`, threads-10); else the directory above its
 * last `/lib/` (Ruby's own `ruby-3.3.0`), else its directory.
 */
export function rubyLibraryRoot(file: string): string {
  const gems = file.lastIndexOf('gems/');
  if (gems >= 0) {
    const end = file.indexOf('/', gems + 5);
    if (end > gems + 5) return file.slice(gems + 5, end);
  }
  const lib = file.lastIndexOf('/lib/');
  if (lib > 0) return file.slice(file.lastIndexOf('/', lib - 1) + 1, lib);
  const slash = file.lastIndexOf('/');
  return slash > 0 ? file.slice(0, slash) : file;
}

/** A gem directory's name without its release (`activerecord-7.0.4.3`, `active_record_doctor-fc736812db04` → the name). */
export function rubyLibraryName(file: string): string {
  return rubyLibraryRoot(file).replace(/-(?:\d[\w.]{0,40}|[0-9a-f]{7,40})$/, '');
}

/**
 * The library name of the first frame below the `top` ones in another library than theirs, when
 * those `top` frames share one library (Ruby only), or undefined.
 */
export function rubyLibraryCaller(frames: readonly RawFrame[], top: number, runtime: Runtime): string | undefined {
  if (runtime !== 'ruby' || frames.length <= top || top < 1) return undefined;
  const name = rubyLibraryName(frames[0].file ?? '');
  for (let i = 1; i < top; i++) if (rubyLibraryName(frames[i].file ?? '') !== name) return undefined;
  for (let i = top; i < frames.length && i < MAX_DEPTH; i++) {
    const f = frames[i];
    if (f.native || !f.file) continue;
    const caller = rubyLibraryName(f.file);
    if (caller !== name) return caller;
  }
  return undefined;
}
