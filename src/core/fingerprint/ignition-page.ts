// Laravel's error page (Ignition) copied as text: the exception's class on a line of its own, the
// place it was thrown as `file:line` (relative to the project) when the page shows one, then the
// message — no `Type: message` header and no `#N` frames:
//   ErrorException
//   resources/views/firewalls/index.blade.php:338
//   Attempt to read property "name" on null
// Read as no PHP trace, the first line was taken for the message and every such page of a
// service with one exception class was one signature: two apps' null reads in two views
// (threads-19), Livewire's ComponentNotFoundException for three components.

/** A PHP class name alone: namespaced with `\`, named …Exception or …Error as PHP's throwables are. */
const CLASS_LINE = /^(?:[A-Za-z_][\w]{0,100}\\){0,20}[A-Za-z_][\w]{0,100}(?:Exception|Error)$/;
/** The page's location: a PHP file (Blade templates included) and a line. */
const LOCATION_LINE = /^(\S{1,500}?\.php):(\d{1,7})$/;

export interface IgnitionPage { type: string; message: string; file?: string; line?: number }

/**
 * The exception a copied page shows: its class, its message and the place it names, when the text
 * is the page's lines and nothing else (two or three lines). The class must say it is PHP's: a
 * namespace written with `\`, the location line, or a message naming a `.php` file (Blade's
 * `(View: …)`); a bare `SomeError` over a line of text is no page.
 */
export function ignitionPage(text: string): IgnitionPage | undefined {
  if (!text.includes('\n') || text.length > 8000) return undefined;
  const lines = text.trim().split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length < 2 || lines.length > 3 || !CLASS_LINE.test(lines[0])) return undefined;
  const at = LOCATION_LINE.exec(lines[1]);
  if (lines.length === 3 && !at) return undefined;
  const message = at ? lines[2] : lines[1];
  if (message === undefined || LOCATION_LINE.test(message) || message.startsWith('#')) return undefined;
  if (!lines[0].includes('\\') && !at && !message.includes('.php')) return undefined;
  return { type: lines[0], message, ...(at ? { file: at[1], line: Number(at[2]) } : {}) };
}
