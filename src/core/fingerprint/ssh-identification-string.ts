// A quoted SSH identification string is one value, whatever its comments hold.
//
// An SSH peer opens with `SSH-protoversion-softwareversion SP comments` (RFC 4253 section 4.2;
// the comments are optional and may hold spaces), and a server that logs it quotes it whole:
// ProFTPD's mod_sftp writes `received client version '%s'` (programs/proftpd, server-logs-4's
// proftpd set: `'SSH-2.0-Scanner'`, `'SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10'`). Cut on
// whitespace, a client with a comment was two tokens where one without was one, and the
// statement was one signature per shape of its peer's string.
//
// Read only so: the token opens with a quote and `SSH-`, a protocol version (masked or not) and
// a dash, and the same quote closes it within a few tokens. Any other quoted text stays as the
// rest of the line reads it.
const OPENING = /^(['"`])SSH-(?:<float>|<int>|\d+\.\d+)-/;
// How many tokens one identification string may span (RFC 4253 caps the line at 255 characters).
const STRING_TOKENS = 8;

/** Where a quoted SSH identification string opening at `tokens[i]` ends (its last token's index), or -1. */
export function sshIdentificationStringEnd(tokens: readonly string[], i: number): number {
  const opening = OPENING.exec(tokens[i]);
  if (!opening) return -1;
  const quote = opening[1];
  for (let j = i; j < tokens.length && j - i < STRING_TOKENS; j++) {
    const t = j === i ? tokens[j].slice(1) : tokens[j];
    const close = t.indexOf(quote);
    if (close >= 0) return close >= t.length - 2 ? j : -1;
  }
  return -1;
}
