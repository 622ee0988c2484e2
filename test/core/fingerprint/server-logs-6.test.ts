// Real servers' logs, sixth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; each label.py says
// where each was checked). As in server-logs.test.ts, a reason a program chooses from its own list
// of texts is its own statement, and so is an error text from a library's list (errno's, an
// error table's); a statement that logs a caught exception is one group per statement that threw.
//   - krb5kdc.ndjson: MIT Kerberos 1.20.1's krb5kdc and kadmind (programs/krb5kdc/generate.sh)
//     logging to files (`Mon DD HH:MM:SS host prog[pid](severity): …`), clients failing to get
//     tickets and to administer principals.
//   - caddy.ndjson: Caddy 2.6.2 (programs/caddy/generate.sh), its zap logs as JSON objects, a reverse
//     proxy's upstreams, templates and the admin API failing.
//   - dnsmasq.ndjson: dnsmasq 2.90 (programs/dnsmasq/generate.sh) with --log-queries=extra, its
//     upstream failing as upstreams do. log_query prints an answer's address and a response code
//     in one place (`reply <name> is <ip>` / `is NXDOMAIN` / `error is SERVFAIL`): a word in
//     capitals where a value stands is another outcome (outcome-words.ts; GA 0.886 → 0.975, a
//     merge of five outcomes gone). With a reverse question answered upstream (`reply <ip> is
//     <name>`, added since), the place of the answer held an address and a name before the
//     first outcome, became `<*>`, and took the outcomes again: GA 0.878. Two values of
//     different kinds now leave a value's place (miner.ts refine): GA 0.939.
//   - gunicorn.ndjson: gunicorn 23.0.0 (programs/gunicorn/generate.sh), a WSGI application's
//     exceptions under `Error handling request`, requests its parser refuses, its master's signals.
//   - openvpn.ndjson: OpenVPN 2.6.14 (programs/openvpn/generate.sh), a TLS server on UDP refusing
//     certificates (another CA's, expired, made for servers), a wrong tls-auth key and packets
//     that are no OpenVPN's. GA 0.944, no merges; it splits three statements whose value has a
//     space in it or is a key (`VERIFY OK: depth=1, CN=Example VPN CA` / `CN=alice`, the NCP
//     result's `cipher=(not negotiated, …)`, `peer info: IV_PROTO=746` / `IV_CIPHERS=…`).
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Not fixed: dnsmasq's answers forward (`reply <name> is <ip>`, `<file> <name> is <ip>`) and
// reverse (`reply <ip> is <name>`, `<file> <ip> is <name>`), all values; gunicorn's InvalidHeader raised at three places, its
// text the header's name or line (`Invalid HTTP Header: 'CONTENT-LENGTH'` is a constant of
// the raise, `'Bad Header Line'` the client's line: the same shape). krb5kdc's one split:
// kadmind's `Request: kadm5_get_policy, <policy>, …` with the policy a bare word (`default`,
// `nopolicy`) seen once each.
const MERGES_LEFT: Record<string, string[][]> = {
  'dnsmasq.ndjson': [
    ["cache.c:2273 log_query reply address", "cache.c:2273 log_query reply address is name (reverse)"],
    ["cache.c:2273 log_query hosts file name is address", "cache.c:2273 log_query hosts file address is name (reverse)"],
  ],
  'gunicorn.ndjson': [
    ["http/wsgi.py:266 InvalidHeader (response header value)", "http/message.py:218 InvalidHeader CONTENT-LENGTH", "http/message.py:101 InvalidHeader (line without a colon)"],
  ],
};

describe("real servers' logs, sixth round", () => {
  itGroupsServerLogs(
    [
      ['krb5kdc.ndjson', 'krb5kdc', 0.98],
      ['caddy.ndjson', 'caddy', 1],
      ['dnsmasq.ndjson', 'dnsmasq', 0.93],
      ['gunicorn.ndjson', 'gunicorn', 0.91],
      ['openvpn.ndjson', 'openvpn', 0.94],
    ],
    MERGES_LEFT,
  );
});
