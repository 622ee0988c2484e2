// The method of a packet a server says it processed, written in capitals, is a value.
//
// coturn logs every STUN/TURN request it handles with one statement per outcome: ns_turn_server.c's
// log_method writes `session %018llu: realm <%s> user <%s>: incoming packet %s processed,
// success` (and `…, error %d: %s`), the packet's method by its name in RFC 5766's and RFC 8656's
// registry (`ALLOCATE`, `REFRESH`, `CHANNEL_BIND`, `CREATE_PERMISSION`) as a value
// (programs/coturn, server-logs-19's coturn set). As a word, each statement was one signature per
// method.
//
// Read only so: a name in capitals (words joined by `_`), right after `packet`, `request` or
// `indication` and right before `processed`. A lowercase word there stays as written (coturn
// itself writes `message` for a packet whose method it does not name, which a program may as well
// write as its own word), and so do capitals anywhere else (`packet HMAC authentication failed`,
// an error's symbolic name).
const METHOD = /^[A-Z]{3,}(?:_[A-Z]+)*$/;
const CARRIERS = new Set(['packet', 'request', 'indication']);
const PROCESSED = /^processed[.,;:]?$/;

/** Whether `tokens[i]` (of a masked log line) is the method of a packet the line says was processed. */
export function isProcessedPacketMethod(tokens: readonly string[], i: number): boolean {
  return i >= 1 && CARRIERS.has(tokens[i - 1]) && METHOD.test(tokens[i]) && PROCESSED.test(tokens[i + 1] ?? '');
}
