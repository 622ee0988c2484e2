// Open vSwitch's vlog header, `<time>|<sequence>|<module>|<LEVEL>|`, ends where the message starts:
// the message's first word is a token of its own, and a thread's name after the module is a value.
//
// Every line ovs-vswitchd and ovsdb-server (and OVN's daemons, built on the same library) write to
// a log file carries vlog's default file pattern `%D{%Y-%m-%dT%H:%M:%S.###Z}|%05N|%c%T|%p|%m`
// (include/openvswitch/vlog.h's VLOG_DESTINATION(FILE, …); the console's is the same without the
// milliseconds; ovs-appctl(8) "LOGGING COMMANDS" explains the escapes): the time, the line's sequence
// number, the module the statement's file declares (VLOG_DEFINE_THIS_MODULE), the thread's name in
// parentheses for a thread other than the main one (`poll_loop(urcu2)`), the level, and the message,
// with no space anywhere in the header. So the header and the message's first word were one token:
// a message opening with a value (`tcp:127.0.0.1:6641: connecting...`, `br1<->unix#7: sending
// …`) made its first token that value glued to the header, and two statements of two modules that
// differ only there (ovsdb-server.c's and bridge.c's `%s (Open vSwitch) %s`, reconnect.c's and
// rconn.c's `waiting … seconds before reconnect`) were one token apart and one template
// (programs/ovs, server-logs-64.test.ts). Written `<time>|<seq>|<module>|<LEVEL>| <message>`, the
// module and level stay the header's constant (two modules, two statements) and the message's
// words are read as any message's are. The syslog form vlog writes (`ovs|%05N|%c%T|%p|%m`, the
// program's syslog prefix before it) is read the same way.
//
// A connection's name opening the message is a value: lib/reconnect.c and lib/rconn.c open every
// line with the name of the connection they keep (`%s: connecting...`, `%s: connection attempt
// failed (%s)`), a stream's target (`tcp:127.0.0.1:6641`, `ssl:…`, `unix:/run/db.sock`, a
// listener's `ptcp:6640`), a bridge's controller connection (`br1<->tcp:192.0.2.50:6653`), or a
// session's (`unix#18`, jsonrpc.c, connmgr.c): one statement for every target the configuration
// names, which were a template per scheme (`tcp:<*>` beside `ssl:<*>`). Only such a name, right
// after the header and before its colon: a stream class's scheme (lib/stream.c, lib/vconn.c: tcp,
// ssl, unix, their listening p-forms, udp) and an address, `<->` between two names, or a word and
// `#<number>`. Any other name in lower case that opens the message before its colon (an
// interface's, a bridge's: netdev.c's `%s: could not set configuration (%s)` for `patch-a`,
// `gn1`, `gre1`) is written apart from its colon, a name as the miner compares names (miner.ts
// NAME_LIKE): a place that held three of them in otherwise equal lines is a value's, as anywhere
// else, so a constant word that opens a few statements (`bridge: …`, `v1: …`, `netlink: …`)
// stays a word.
//
// Read only so: an ISO time ending in `Z` (or the literal `ovs`) at the start of a line or after a
// space, a sequence number of at least five digits, a module of lower-case letters, digits and
// underscores with an optional thread name, and one of vlog's level names (EMER, ERR, WARN, INFO,
// DBG) between pipes. Other pipe-separated lines (Loghub's HealthApp `<time>|<component>|<pid>|`,
// a level in lower case, a header without its sequence) stay as written.
const VLOG_HEADER = /(^|\s)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?Z|ovs)\|(\d{5,})\|([a-z][a-z0-9_]{0,63})(?:\([^()|\s]{1,64}\))?\|(EMER|ERR|WARN|INFO|DBG)\|(?:(\S{1,512}): )?(?=\S)/gm;
/** A connection's name: a stream's scheme and target, two names joined by `<->`, or a session's `name#<n>`. */
const CONNECTION_NAME = /^(?:p?(?:tcp|ssl|unix|udp):\S{1,256}|[\w.-]{1,64}<->\S{1,256}|[a-z]{1,16}#\d{1,10})$/;

/** A name as OVS names its objects (a port, an interface, a bridge): lower case, digits, `_`, `-`, `.`. */
const OBJECT_NAME = /^[a-z][a-z0-9_.-]{0,63}$/;

/** `text` (a raw log line) with each vlog header apart from its message, a connection's name opening the message a value (see above). */
export function withVlogHeaderApart(text: string): string {
  if (!text.includes('|')) return text;
  return text.replace(VLOG_HEADER, (_m, before: string, time: string, seq: string, module: string, level: string, opening: string | undefined) => {
    const head = opening === undefined ? '' : CONNECTION_NAME.test(opening) ? '<name>: ' : OBJECT_NAME.test(opening) ? `${opening} : ` : `${opening}: `;
    return `${before}${time} ${seq} ${module} ${level} ${head}`;
  });
}
