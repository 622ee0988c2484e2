// Apache Traffic Server's diags line names the thread that wrote it, or the program when the thread
// has no name, between its time and its level: `[<Mon> <d> <hh:mm:ss.mmm>] <thread> <LEVEL>:
// <message>` (src/tscore/Diags.cc, the layout of diags.log, manager.log and traffic.out). That slot
// says where a statement ran, not which statement it is: a Note in code traffic_server and
// traffic_manager share (proxy/shared/DiagsConfig.cc's `updated diags config`) is written under
// `traffic_manager`, `traffic_server` and `[ET_NET 1]`; a configuration's handler runs on an event
// thread at start and on a task thread at a reload (`[ET_NET 0]`, `[ET_TASK 1]`); traffic_server.cc's
// `Traffic Server is fully initialized.` comes from its main thread or an event thread, as the
// start goes. Read as words, each slot made one statement two or three templates (programs/
// trafficserver, server-logs-66.test.ts), so the slot is left out of the line the miner reads; the
// level stays as written, a level label as the miner reads any (severity-words.ts).
//
// Read only so: the bracketed time as Diags writes it (a month's three letters, the day padded to
// two places, milliseconds), then a thread's name in brackets (upper case, digits and `_`, an
// optional instance number or `number:port`, `[ET_NET 0]`, `[ACCEPT 0:8080]`, `[TS_MAIN]`) or a
// program's name (lower case and `_`, at most sixteen characters, `traffic_server`, the truncated
// `traffic_crashlo`), then one of Diags's level names and its colon. Another bracketed date (an
// Apache error log's `[Sun Dec 04 04:47:44 2005] [error]`, with its year and its level in brackets),
// a level in lower case, or a slot of any other shape keep their reading.
const DIAGS_HEAD = /^(\[[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d\.\d{3}\] )(?:\[[A-Z][A-Z0-9_]{0,31}(?: \d{1,5}(?::\d{1,5})?)?\]|[a-z][a-z_]{0,15}) (DIAG|DEBUG|STATUS|NOTE|WARNING|ERROR|FATAL|ALERT|EMERGENCY): /gm;

/** `text` (a raw log line) without the thread or program slot of Traffic Server's diags head (see above). */
export function withoutDiagsThreadSlot(text: string): string {
  if (!text.startsWith('[') && !text.includes('\n[')) return text;
  return text.replace(DIAGS_HEAD, '$1$2: ');
}
