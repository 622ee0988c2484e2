// The kind of a RADIUS server's listener, written before the address it listens on, is a value.
//
// FreeRADIUS 3.2 names each socket it listens on by its type and address: listen.c's
// listen_socket_print writes `<type> address <ip> port <port> bound to server <virtual server>`,
// the type from its table of listener types (`auth`, `acct`, `auth+acct`, `coa`, `status`,
// `proxy`, `detail`, `control`, `dhcp`, `vmps`, `arp`), and its `Ignoring request to %s address %s
// port %u bound to server %s from unknown client %s port %u proto %s` (listen.c, for a packet
// from an address no clients.conf entry holds) writes that for whichever listener took the
// packet (programs/freeradius, server-logs-10.test.ts: `auth` and `acct`). One statement writes
// every listener there, so its type is a value: as a word, the statement was one signature per
// listener.
//
// Read only so: one of those type words, after `to` or `on`, right before `address`. Any other
// word there (`to unknown address`, `on ipv6 address`) stays as written.
const LISTENER_TYPES = new Set(['auth', 'acct', 'auth+acct', 'coa', 'status', 'proxy', 'detail', 'control', 'dhcp', 'vmps', 'arp']);

/** Whether `tokens[i]` (of a masked log line) is a RADIUS listener's type before `address`. */
export function isRadiusListenerKind(tokens: readonly string[], i: number): boolean {
  return i >= 1 && tokens[i + 1] === 'address' && (tokens[i - 1] === 'to' || tokens[i - 1] === 'on') && LISTENER_TYPES.has(tokens[i]);
}
