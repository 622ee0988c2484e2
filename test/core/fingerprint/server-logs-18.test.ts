// Real servers' logs, eighteenth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; each label.py says
// where each was checked). As in server-logs.test.ts, an error's maker that a record carries is a
// statement of its own.
//   - stunnel.ndjson: Debian 12's stunnel4 5.68 in the foreground at its default level
//     (programs/stunnel: `<yyyy.mm.dd hh:mm:ss> LOG<level>[<connection id>]: message`, and
//     `[<level mark>] message` while a configuration that fails is read): services in front of
//     closed ports and unresolvable hosts, plain-text and hanging-up clients of TLS services,
//     TLS 1.2 clients of a TLS 1.3-only service, client-mode services whose origins answer
//     plain HTTP, hang up, or present a certificate that fails its checks; configurations with
//     misspelt options, missing certificates, services without an endpoint, bad option values.
//   - privoxy.ndjson: Debian 12's privoxy 3.0.34 with --no-daemon (programs/privoxy:
//     `<yyyy-mm-dd hh:mm:ss.mmm> <thread id> <Level>: message`): requests forwarded to closed
//     parent proxies and SOCKS servers, for unresolvable hosts and closed ports, for blocked
//     hosts, to origins that close at once, answer no HTTP or send a bad chunk size; raw
//     requests privoxy cannot parse; configurations with unknown directives, bad booleans,
//     missing filter and actions files, a port in use.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA stunnel 0.744, privoxy 0.641; no merge. Split:
// stunnel's statements written both before and after its configuration is read (`[.] FIPS mode
// disabled` and `2026.12.06 01:44:02 LOG5[ui]: FIPS mode disabled`, seven statements, two
// layouts of one line head); option lines quoted after a file and line (`"conect = 127.0.0.1:25"`);
// privoxy's `Request: <host>/<path>` (sixteen templates of one statement), its quoted unknown
// directives with their values (`'enable-compresion 1'`), one bare word after `detected:` and
// `Directive` (`Unknown HTTP method detected: BREW`, `Directive toggle used with …`).
// A URL without its scheme (`api.orders.example/v1/orders/8812`, `127.0.0.1:47298/status`) is
// one value (parameterize.ts, the second `url` entry): privoxy 0.641 → 0.846; stunnel and the
// other sets unchanged, Loghub GA 0.991 unchanged; three lines of the equivalence sets change
// template only (Hadoop's `host/ip:port`, an ingress location, a macOS bundle path).
// A quoted text echoing the program's input is one value with the values inside it: a
// configuration line `name = value`, or what follows `directive` (joining CONFIGURED_OBJECT_WORDS)
// (template-tokens.ts quotedSpanEnd): stunnel 0.744 → 0.749, privoxy 0.846 → 0.966; the other
// sets and the equivalence digests unchanged, Loghub GA 0.991 unchanged.
// Left: stunnel's two layouts of one line head (`[.] …` before its configuration is read, `<date>
// LOG5[ui]: …` after), which only a reading of line headers would join; privoxy's one bare word
// after `detected:` (`BREW` / `FROB`) and after a capitalised `Directive`, two lines each.
// stunnel's line heads are the logger's and left out of the line the miner reads, the dated
// `<yyyy.mm.dd hh:mm:ss> LOG<n>[<id>]: ` and the raw `[<mark>] ` alike (stunnel-log-head.ts;
// stunnel-log-head.test.ts): stunnel 0.749 → 1.000 (Drain3 0.493), its seven start-up statements
// one signature each under both heads; no other server-logs set moved (InspIRCd's `[*] Loading
// module:` included), the equivalence digests and Loghub's figures unchanged
// (npx tsx bench/grouping-server-logs.ts, before and after).
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, eighteenth round", () => {
  itGroupsServerLogs(
    [
      ['stunnel.ndjson', 'stunnel', 1],
      ['privoxy.ndjson', 'privoxy', 0.96],
    ],
    MERGES_LEFT,
  );
});
