// NLog's default layout writes each record as `${longdate}|${level:uppercase=true}|${logger}|
// ${message}` (https://github.com/NLog/NLog/wiki/Configuration-file, the target's `layout`
// default), so a log that holds an exception holds it as records: Wox's Program plugin wrote
// `2016-11-21 08:58:48.5859|ERROR|Wox.Plugin.Program.Main.DefaultProgramSources|<message>`, then
// a record whose message is the localised stack (Wox-launcher/Wox#1118, #1185; threads-26). Read
// as a trace, the first record was the exception's header, an INFO line before the failure with
// its time and a count in it (`…|INFO|…|Preload 360 programs from cache`), and one failure
// pasted by two users was two signatures.

/** A record's lead: NLog's longdate, the level, the logger (a type name, no spaces), each closed by `|`. */
const RECORD_LEAD = /^\s*\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,7})?\|(TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\|[^\s|]{1,300}\|/i;
const FAILING = /^(?:ERROR|FATAL)$/i;

/**
 * The lines with each NLog record's lead taken off, the record's message left, when some record
 * is logged at Error or Fatal: the records below those levels are the program's account of what
 * it was doing, not the exception, and go. Lines of any other text as they are (a log of Info
 * and Warn records alone keeps them, so a Warn record carrying an exception is still read).
 */
export function withoutNlogRecordLeads(lines: string[]): string[] {
  const leads = lines.map((l) => (l.includes('|') ? RECORD_LEAD.exec(l) : null));
  if (!leads.some((m) => m && FAILING.test(m[1]))) return lines;
  const out: string[] = [];
  lines.forEach((line, i) => {
    const m = leads[i];
    if (!m) out.push(line);
    else if (FAILING.test(m[1])) out.push(line.slice(m[0].length));
  });
  return out;
}
