// The kind of a Tor listener, written before `listener`, is a value.
//
// Tor names a connection by its type's name, connection.c's conn_type_to_string (`Socks`, `OR`,
// `Directory`, `Control`, `DNS`, `Transparent natd`, `Transparent pf/netfilter`, `Extended OR`,
// `HTTP tunnel`, `Metrics`, each with ` listener` for the socket that accepts them), and writes
// every listener through one statement: connection_listener_new's `Opening %s on %s` and `Opened
// %s` (the latter's argument connection_describe's `<type> connection (<state>) on <address>`),
// retry_all_listeners' `Closing partially-constructed %s`. Tor 0.4.9's log with a Socks and an
// HTTP tunnel port (programs/tor, server-logs-19.test.ts) had each of them as two signatures, one
// per kind, and a kind of two words was a line of another length besides.
//
// Read only so: the words of one of those names, then `listener`, then `on` or `connection` —
// each word of the name becomes a value, so the run of values they make is one token however
// many words the name has. Other words before `listener` stay words: another program's listeners
// are often its statements' own text (syncthing's `TCP listener (%v) starting` and `QUIC listener
// (%v) starting` are two format strings), and so is a Tor name anywhere else (`Socks port`,
// `DNS listener failed`).
const KINDS: readonly (readonly string[])[] = [
  ['OR'],
  ['Socks'],
  ['Directory'],
  ['Control'],
  ['DNS'],
  ['Metrics'],
  ['Transparent', 'natd'],
  ['Transparent', 'pf/netfilter'],
  ['Extended', 'OR'],
  ['HTTP', 'tunnel'],
];

const AFTER_LISTENER = new Set(['on', 'connection']);

/** Whether `tokens[i]` (of a masked log line) is a word of a Tor listener's kind (see above). */
export function isTorListenerKind(tokens: readonly string[], i: number): boolean {
  for (const kind of KINDS) {
    for (let k = 0; k < kind.length; k++) {
      if (tokens[i] !== kind[k]) continue;
      const start = i - k;
      const end = start + kind.length;
      if (start < 0 || tokens[end] !== 'listener' || !AFTER_LISTENER.has(tokens[end + 1] ?? '')) continue;
      if (kind.every((word, j) => tokens[start + j] === word)) return true;
    }
  }
  return false;
}
