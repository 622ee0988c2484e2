// An uncaught PHP throwable as Collision renders it on the console (the renderer Laravel's
// artisan reports with; nunomaduro/collision's Writer): the class on a line of its own, a blank
// line, the message, a blank line, `at <file>:<line>`, the source around that line (`  ➜ 169▕ …`),
// then frames chosen for the reader, vendor ones folded into `+5 vendor frames`:
//      Error
//
//     Call to a member function make() on null
//
//     at vendor/laravel/framework/src/Illuminate/Console/Command.php:169
//       165▕      */
//     ➜ 169▕         $this->output = …
//
//         +5 vendor frames
//     6   artisan:13
// There is no `Type: message` header and no `#N` row, so the text read as no PHP trace: the
// title (`Error`) or a line printed before the report (Composer's `> @php artisan …`) was taken
// for the message, and one failure under two releases was two signatures (Laravel's Command::run
// on a null container, laravel/framework#56085 and #57955, threads-31). The throw site is the
// `at` line; the frames listed after it leave out what Collision folded, so the first of them is
// not the frame below the throw site, and only the `at` place is read.

/** A PHP class name alone: namespaced with `\`, or named …Exception or …Error as PHP's throwables are. */
const TITLE = /^(?:(?:[A-Za-z_]\w{0,100}\\){1,20}[A-Za-z_]\w{0,100}|(?:[A-Za-z_]\w{0,100})?(?:Exception|Error))$/;
const THROW_SITE = /^at (\S.{0,499}?\.php):(\d{1,7})$/;
/** What Collision prints right after the throw site: the source excerpt, a fold of vendor frames, or a numbered frame. */
const AFTER_SITE = /^(?:(?:➜\s{1,4})?\d{1,7}▕|\+\d{1,5} vendor frames?$|\d{1,4}\s{1,8}\S.{0,499}:\d{1,7}$)/;

export interface CollisionReport { type: string; message: string; file: string; line: number }

/** The throwable a Collision report shows, when the text holds one; else undefined. */
export function collisionReport(text: string): CollisionReport | undefined {
  if (!text.includes('\n') || text.length > 20000 || !text.includes('at ')) return undefined;
  const lines = text.split('\n').map((l) => l.trim());
  const at = lines.findIndex((l) => THROW_SITE.test(l));
  if (at < 0) return undefined;
  const next = lines.slice(at + 1).find((l) => l !== '');
  if (next === undefined || !AFTER_SITE.test(next)) return undefined;
  let i = at - 1;
  while (i >= 0 && lines[i] === '') i--;
  const end = i;
  while (i >= 0 && lines[i] !== '') i--;
  const message = lines.slice(i + 1, end + 1).join(' ');
  while (i >= 0 && lines[i] === '') i--;
  if (message === '' || i < 0 || !TITLE.test(lines[i])) return undefined;
  const site = THROW_SITE.exec(lines[at])!;
  return { type: lines[i], message, file: site[1], line: Number(site[2]) };
}
