// PHP-FPM passes on what a worker wrote to stderr (with catch_workers_output, or a PHP built with
// no error log of its own) one line at a time in its own log, each line quoted after a prefix
// naming the pool and the worker: `[10-Sep-2016 08:36:17] WARNING: [pool www] child 35 said into
// stderr: "…"`, the last one of a closed pipe followed by `, pipe is closed` (PHP's
// sapi/fpm/fpm/fpm_stdio.c). PHP's uncaught error came through as four such lines (nextcloud/
// server#1353, threads-58): read with the prefix, it was no trace, its first line masked to `<*> …
// not found in <path>:<int>` the message, so a missing class in two files was one signature and
// the same error in PHP's own error log another. Where every line is one PHP-FPM relayed, the
// quoted texts are what PHP wrote, read as PHP's lines; a text with any other line stays as it is.

/**
 * One relayed line: the time and FPM's level (either may be gone: a log line's own time and level
 * are taken off before a trace is read, detect.ts), the pool and the worker, then the quoted text.
 */
const RELAYED = /^(?:\[[^\]\n]{1,40}\] )?(?:(?:WARNING|NOTICE|ERROR): )?\[pool [^\]\n]{1,100}\] child \d{1,10} said into std(?:err|out): "(.*)"(?:, pipe is closed)?$/;

/** `text` with each PHP-FPM-relayed line replaced by the text it quotes, when every line is one; else `text`. */
export function withoutFpmStderrRelay(text: string): string {
  if (!text.includes('said into std')) return text;
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length > 2000) return text;
  const quoted: string[] = [];
  for (const line of lines) {
    const m = RELAYED.exec(line.trim());
    if (!m) return text;
    quoted.push(m[1]);
  }
  return quoted.join('\n');
}
