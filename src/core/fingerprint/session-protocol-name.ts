// The protocol a server names a session by, right before `session opened` or `session closed`,
// is a value.
//
// ProFTPD serves FTP, FTPS and SFTP from one daemon and writes one line as each session opens and
// closes: main.c's `pr_log_debug(DEBUG0, "%s session opened.", pr_session_get_protocol(…))` and
// session.c's `"%s session closed."`, the protocol's name (`FTP`, `FTPS`, `SSH2`) as a value
// (programs/proftpd, server-logs-4's proftpd set). As a word, each statement was one signature
// per protocol.
//
// Read only so: a protocol's name in capitals (letters, then digits at most: `FTP`, `SSH2`,
// `TLS`), right before `session` and `opened` or `closed`. A lowercase word there (`new session
// opened`) and any capitals elsewhere (`FTP server ready`) stay as written.
const PROTOCOL = /^[A-Z]{2,6}\d?$/;
const OPENED_OR_CLOSED = /^(?:opened|closed)[.,;:]?$/;

/** Whether `tokens[i]` (of a masked log line) is the protocol a session opening or closing is named by. */
export function isSessionProtocolName(tokens: readonly string[], i: number): boolean {
  return PROTOCOL.test(tokens[i]) && tokens[i + 1] === 'session' && OPENED_OR_CLOSED.test(tokens[i + 2] ?? '');
}
