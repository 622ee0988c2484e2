// Real servers' logs, fifty-fifth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from elsewhere is a
// statement of its own.
//   - rtpengine.ndjson: Debian 12 carries no Asterisk, OpenSIPS or FreeSWITCH; its telephony server
//     here is Sipwise's rtpengine 10.5.3.5 (programs/rtpengine), the media proxy Kamailio and
//     OpenSIPS drive, in the foreground writing `<LEVEL>: [<call-id>]: [<subsystem>] <message>` to
//     stderr as it hands syslog under systemd (the call's bracket only while a call is handled), one
//     record per call as a journald receiver gets it (a control dump with an SDP body is one
//     multi-line record): options it refuses at start-up (an interface, a listen and a graphite
//     address that are not ones, no interface, Redis nobody serves, a TOS, an endpoint-learning mode,
//     a Homer protocol, a DTLS signature, a recording directory, an HTTPS certificate, a scheduling
//     policy), then calls offered, answered, carrying RTP, queried, deleted and timed out over its
//     ng protocol, requests it refuses (unknown commands and call-ids, no call-id, from-tag or SDP,
//     SDP that is not SDP, unknown interfaces and codecs, a DTMF code out of range, media that is not
//     there), packets that are not ng messages, CLI commands, HTTP requests, SIGTERM.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA rtpengine 0.773 (834 records, 112 statements); Drain3
// 0.493 (bench/grouping_drain3.py's configuration). Merged: main.c's die() for `Invalid IP or port
// '%s' (--listen-ng)` and `(--graphite)`, and for `Invalid --endpoint-learning option ('%s')` and
// `Invalid --dtls-signature option ('%s')`: a token opening with `--` is no word, so the option
// named was read as a value. Split: control_ng.c's `Dump for '%.*s' from %s: %s` (18 signatures)
// and `Response dump for '%.*s' to %s: %s` (8) by the keys of the dumped dictionary, cli.c's `Got
// CLI command: %s` by the command echoed (9), websocket.c's `http-only callback %i %p %p` by glibc's
// `(nil)` for a null pointer beside a `0x…` one, call.c's `--------- Port …` stats line by its
// optional ` (RTCP)`, control_ng.c's protocol errors by the raw packet in brackets after them.
// After this round's rules (a long option a program names in its message, in parentheses or before a
// word, is its text: command-line-option.ts; glibc's `(nil)` for a null pointer is a pointer like
// `0x…`: null-pointer.ts; a JSON object dumped after a label in a sentence is one value, to its
// closing brace: labelled-json-dump.ts): GA 0.911, no merge left. Left split: cli.c's `Got CLI
// command: %s` by the command echoed (words a user typed after `command:`, read as the line's), the
// stats line's optional ` (RTCP)`, control_ng.c's protocol errors by the raw packet in brackets
// after them (a bencoded message with spaces in it or none), `(no cookie) from %s: %s` with an
// empty packet, the outgoing SRTP line by its key.
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, fifty-fifth round", () => {
  itGroupsServerLogs(
    [
      ['rtpengine.ndjson', 'rtpengine', 0.91],
    ],
    MERGES_LEFT,
  );
});
