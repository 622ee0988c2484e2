// A trace a program wrote to syslog or the journal, copied with the next line the log had: another
// program's, most often the service manager's word that the process died (`Jan 28 09:13:00
// localhost systemd[1]: telegraf.service: Main process exited, code=exited, status=2/INVALIDARGUMENT`
// under Telegraf's panic, influxdata/telegraf#8766, threads-42). Every line shares the time and the
// host, and the trace's lines share the program's tag (`telegraf[5427]: `, RFC 3164's TAG, the
// program's name and its pid in brackets) as well; the header shared by all of them ended before
// the tag, the tag stayed before every line of the trace, and the panic read as no frame. Such a
// tail — a line or two at the end with another program's tag at the same place — is left out of
// the header and kept as it is.

/** A line's lead (time and host) and its syslog tag: a program's name and a pid in brackets, then `: `. */
const SYSLOG_TAG = /^(.{0,80}?\s)([\w.\-/@]{1,120}\[\d{1,10}\]): /;

const tagOf = (line: string) => {
  const m = SYSLOG_TAG.exec(line);
  return m ? { at: m[1].length, tag: m[2] } : undefined;
};

/**
 * How many of `lines`' last lines (at most `max`) are another program's: each carries a syslog tag
 * other than the first line's, where the first line has its own, and every line before them
 * carries the first line's tag at the same place. 0 when the lines are not so.
 */
export function otherProgramTail(lines: readonly string[], max: number): number {
  const first = lines.length > 0 ? tagOf(lines[0]) : undefined;
  if (!first) return 0;
  let tail = 0;
  while (tail < max && tail < lines.length - 1) {
    const t = tagOf(lines[lines.length - 1 - tail]);
    if (!t || t.at !== first.at || t.tag === first.tag) break;
    tail++;
  }
  if (tail === 0) return 0;
  const own = lines.slice(0, lines.length - tail).every((l) => {
    const t = tagOf(l);
    return t !== undefined && t.at === first.at && t.tag === first.tag;
  });
  return own ? tail : 0;
}
