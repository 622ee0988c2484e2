// Visual Studio App Center's crash reports of .NET apps (Xamarin, UWP, WinUI, MAUI), as its
// issue-tracker integration writes them: Markdown sections (`### Stacktrace ###`, `### Reason
// ###`), one frame a paragraph, and after each frame a `;` and the frame's namespace or class:
//   SimpleWeather.UWP.Main.WeatherNow.<UpdateLocation>d__46.MoveNext() in C:\…\WeatherNow.xaml.cs at 562:21;SimpleWeather.UWP.Main.WeatherNow
//   Sensus.UI.ProtocolPage+<>c__DisplayClass2_0+<<-ctor>b__1>d.MoveNext () [0x000e5] in <61a455b2…>:0;Sensus.UI
//   Launch_Connection.Pages.TunnelPages.<Tunnel>b__5_1();Launch_Connection.Pages
// A frame is `Exception.ToString()`'s without its `at ` (Mono's `[0x…] in <mvid>:0` kept), and a
// location, where the app shipped symbols, is `in <file> at <line>:<column>`. Read as no frame,
// every App Center report of one exception type without a message (the Reason section often
// names the type alone) was one signature: two apps' NullReferenceExceptions were one.

import { withoutLocalizedAtWord } from './dotnet-culture.js';
import { traceLines } from './types.js';

/**
 * A frame line: a callee without spaces or `;`, its argument list (Mono puts a space before it),
 * anything after it but a `;`, then `;` and the callee's namespace (or class) at the line's end.
 */
const FRAME = /^([A-Za-z_][^\s;(]{0,400}) ?\([^()\n]{0,400}\)([^;\n]{0,600});([A-Za-z_][\w.`+]{0,300})$/;
/** App Center's location, `in <file> at <line>:<column>`; a file without a dot or separator (`in Call at 15732480:0`, `in  at 16707566:0`) is none. */
const LOCATION = / in (.{0,500}?) at (\d{1,9}):\d{1,9}$/;
const SECTION = /^### (.{1,80}) ###$/;

/**
 * The frame a line holds, as `Exception.ToString()` would print it, or undefined. The name after
 * the `;` must be where the callee is (`Sensus.UI` of `Sensus.UI.ProtocolPage…`): a statement
 * such as `render(view);done` is not a frame.
 */
function frameOf(text: string): string | undefined {
  // App Center copies the frame as the device printed it, in its UI culture's words: `在 Ns.T.M(…);Ns`
  // (Chinese), `в Ns.T.M(…);Ns` (Russian). Read only without that word, one app's crash from
  // English, Chinese and Russian machines was three signatures (threads-18,
  // app-center-localized-frames.test.ts).
  const line = withoutLocalizedAtWord(text);
  const f = FRAME.exec(line);
  if (!f || !f[1].startsWith(`${f[3]}.`)) return undefined;
  const call = line.slice(0, line.length - f[2].length - f[3].length - 1);
  const loc = LOCATION.exec(f[2]);
  const place = loc ? (/[./\\]/.test(loc[1]) ? ` in ${loc[1]}:line ${loc[2]}` : '') : f[2];
  return `   at ${call}${place}`;
}

/** Whether a trace holds App Center's frames (`Ns.T.M(…);Ns` lines). */
export function looksLikeAppCenter(text: string): boolean {
  if (!text.includes(';')) return false;
  for (const line of traceLines(text)) if (line.includes(';') && frameOf(line.trim()) !== undefined) return true;
  return false;
}

/**
 * The report as `Exception.ToString()` prints it: the Reason section's exception (when the text
 * holds one) as the header, then each frame as `   at …`, its location as `in <file>:line <n>`.
 * Text without App Center's frames is returned as it is.
 */
export function appCenterAsToString(text: string): string {
  if (!looksLikeAppCenter(text)) return text;
  const frames: string[] = [];
  let header: string | undefined;
  let section = '';
  for (const raw of traceLines(text)) {
    const line = raw.trim();
    if (line === '') continue;
    const s = SECTION.exec(line);
    if (s) {
      section = s[1].toLowerCase();
      continue;
    }
    if (section === 'reason') {
      header ??= line;
      continue;
    }
    const frame = frameOf(line);
    if (frame !== undefined) frames.push(frame);
  }
  if (!frames.length) return text;
  return [...(header ? [header] : []), ...frames].join('\n');
}
