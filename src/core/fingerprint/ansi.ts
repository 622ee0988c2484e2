// Terminal colour codes in a log body. Loggers colour their output when they think a terminal
// reads it (gin's recovery in red, logrus and Spring Boot by level, Python's colorlog), and a
// container runtime or a Collector's filelog receiver passes the escape sequences on as text:
// `\x1b[31m2026/12/03 …` is not a date to the parameteriser, and one program's coloured and
// plain lines would be two templates. ECMA-48 control sequences (CSI: ESC `[`, parameters, one
// final byte) are what colour and cursor codes are.
// eslint-disable-next-line no-control-regex
const CSI = /\x1b\[[0-9;?]{0,32}[@-~]/g;

/** `text` without its terminal control sequences (returned as given when it has none). */
export function withoutAnsi(text: string): string {
  return text.includes('\x1b') ? text.replace(CSI, '') : text;
}
