// One PHP server still running the code of the release before, from its OPcache. With
// `opcache.validate_timestamps=0` (the setting production guides recommend) OPcache never looks at
// a script again once compiled: php.net's OPcache configuration says the cache must then be reset
// by hand (opcache_reset(), or restarting or reloading PHP-FPM) for changes on disk to be seen. A
// deploy that replaced the code everywhere but whose reload did not run on one server leaves that
// server's workers mixing the two releases: what they had compiled stays the old release's, what
// they compile now is the new one's (behind a `current` symlink, OPcache keys scripts by their real
// path, so the old release's directory stays cached too). The new code then calls what the old
// compiled code lacks, in PHP's own words: `Call to undefined method`, `Class "X" not found`, or
// `Cannot redeclare` where both releases' copies load (deployphp/deployer#3590: `previously
// declared in …/releases/1/… in …/releases/2/…`; pulsejet/memories#1400, julien-nc/cospend-nc#239,
// cured by restarting php-fpm). What tells it from the release's own defect is the place: the same
// release serves the same code clean on the other servers, so the errors sit on one server whose
// release is not its alone (not a canary: a canary's release runs nowhere but there).
import type { Concentration } from '../model.js';

/**
 * PHP's words for a symbol its running code does not have: Zend's `Call to undefined method
 * A\B::c()` and `Call to undefined function a\b()`, `Class "A\B" not found` (PHP 8; `Class 'A\B'
 * not found` before), the same for interfaces, traits and enums, and `Cannot redeclare` /
 * `Cannot declare class …, because the name is already in use` where two copies of one file load.
 */
export const PHP_MISSING_SYMBOL =
  /\bCall to undefined (?:method [\w\\]{1,200}::\w{1,100}\(\)|function [\w\\]{1,200}\(\))|\b(?:Class|Interface|Trait|Enum) (?:"[\w\\]{1,200}"|'[\w\\]{1,200}') not found\b|\bCannot redeclare (?:class |function )?[\w\\]{1,200}(?:\(\))?|\bCannot declare (?:class|interface|trait|enum) [\w\\]{1,200}, because the name is already in use\b/;

/** The keys of one long-lived server process or its host: where one OPcache lives (one PHP-FPM master's shared memory). */
export const CODE_CACHE_PLACE_KEYS = ['host.name', 'service.instance.id', 'k8s.pod.name'] as const;

/** A PHP script path in a stack trace or message: the words are PHP's, not a message quoting them. */
const PHP_FRAME = /\.php\b/;

/**
 * A symlinked deploy's release directory in a frame (Capistrano's and Deployer's
 * `releases/<name>/`): frames from two of them in one stack are one process running two releases.
 */
const RELEASE_DIRECTORY = /\/releases\/([\w.-]{1,64})\//g;

/** The release directories a stack's frames come from, when they are more than one. */
export function mixedReleaseDirectories(stack: string | undefined): string[] | undefined {
  if (!stack) return undefined;
  const dirs = [...new Set([...stack.matchAll(RELEASE_DIRECTORY)].map((m) => m[1]))];
  return dirs.length > 1 ? dirs.slice(0, 3) : undefined;
}

/**
 * The words of PHP's missing symbol when the evidence reads as one server's stale OPcache: PHP's
 * words with PHP frames, every error (95 % or more) on `place` — one host, instance or pod —, and
 * no release that runs only there. `release` is the service.version concentration of the errors,
 * if any: when its share of the baseline is no wider than the place's, the release may run on that
 * place alone (a canary), whose own code is then as likely at fault, and this is not told.
 */
export function staleCodeCache(text: string, stack: string | undefined, place: Concentration | undefined, release: Concentration | undefined): string | undefined {
  if (!place || !(CODE_CACHE_PLACE_KEYS as readonly string[]).includes(place.key) || place.share < 0.95) return undefined;
  const words = PHP_MISSING_SYMBOL.exec(text)?.[0];
  if (!words || !(PHP_FRAME.test(stack ?? '') || PHP_FRAME.test(text))) return undefined;
  if (release && release.share >= 0.95 && release.baselineShare <= place.baselineShare * CANARY_SPREAD) return undefined;
  return words;
}

/**
 * How much wider than the place's share of the baseline the release's must be to run elsewhere
 * too. A release on every server has, over the hour counted, the share of traffic served since it
 * went out; one server's is one in N of the whole hour's. Under 1.2 times the place's the two may
 * be the same servers.
 */
const CANARY_SPREAD = 1.2;

/** The cause's words for a server's stale OPcache, told where the errors' place is (table.ts, location). */
export function staleCodeCacheCause(service: string, place: string, words: string, dirs: string[] | undefined): string {
  const mixed = dirs ? ` One stack holds frames from ${dirs.length} release directories (${dirs.map((d) => `releases/${d}`).join(', ')}): one process running code from both.` : '';
  return ` PHP reports code it does not have ("${words}") on ${place} only, while ${service}'s other servers run the same release without it: that server's OPcache still serves scripts compiled from the release before — with opcache.validate_timestamps=0 it never reads a changed file again until PHP-FPM is reloaded or the cache reset —, so the new code it compiles calls what the old code it kept lacks. The deploy's reload (or cache reset) did not run there; the code is not at fault.${mixed}`;
}

/** The fix for a server's stale OPcache. */
export function staleCodeCacheFix(service: string, value: string): string {
  return `Reload PHP-FPM on ${value} (systemctl reload php-fpm, or reset its OPcache: cachetool opcache:reset against its FastCGI socket, opcache_reset() from a request) and watch the errors stop; then find why ${service}'s deploy skipped that step there (the reload task's output for ${value}, the deploy user's permission to reload) and make a failed reload fail the deploy. Rolling back without the reload leaves the same mixture.`;
}
