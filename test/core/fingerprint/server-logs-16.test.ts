// Real servers' logs, sixteenth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; each label.py says
// where each was checked). As in server-logs.test.ts, an error's maker that a record carries is a
// statement of its own.
//   - rsyslog-internal.ndjson: Debian 12's rsyslogd 8.2302.0 in the foreground writing its own
//     messages in RSYSLOG_FileFormat (programs/rsyslog: `<RFC 3339 time> <host> rsyslogd-<code>:
//     message [v8.2302.0 try https://www.rsyslog.com/e/<code> ]`): modules Debian does not ship,
//     unknown parameters and directives, watched files absent, ports held by another process, TCP
//     forwards to closed ports and unresolvable hosts with their actions suspended and resumed,
//     files under /proc, forwarders that do not exist.
//   - varnish-log.ndjson: Debian 12's varnish 7.1.1 read by `varnishlog -g raw` for its error tags
//     (programs/varnish: `<vxid> <Tag> <b|c> <text>`): origins that answer no HTTP, too slowly,
//     not at all, with a bad Content-Length or a header too long; backends on closed ports; VCL
//     conversions that fail; client requests with bad headers.
//   - keepalived.ndjson: Debian 12's keepalived 2.2.7 on the console (programs/keepalived:
//     `<ctime>: message`) in a network namespace: tracked scripts that exit non-zero, do not
//     exist, run past their timeout or are not defined; unknown keywords; instances on an
//     interface without an IPv4 address.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA rsyslog-internal 0.615, varnish-log 0.742; one merge
// (varnish's std.integer and std.real `conversion failed: Invalid number`, two vmod functions'
// VRT_fail calls, read alike because `std.integer:` / `std.real:` are taken for host names).
// keepalived.ndjson, added after that fix and measured before any other: GA 0.625, no merge
// (split: instances' `(VI_api) entering FAULT state`, scripts' `Script \`chk_db\` now returning`,
// keywords' `Unknown keyword 'notify_emial'`, three and four names each).
// A quoted name after `action`, `module` or `command` in a log line is the configured object's
// name, a value (template-tokens.ts CONFIGURED_OBJECT_WORDS): rsyslog 0.615 → 1.000; varnish and
// the other sets unchanged, Loghub GA 0.991 unchanged; two lines of the issue-thread logs
// (OpenResty's `loading module '%s'`, one module) change template only.
// `keyword` joins those words (keepalived's lib/parser.c `Unknown keyword '%s'`): keepalived
// 0.625 → 0.679; the other sets unchanged.
// A backend's name as the label of what a line says about it (`backend orders: fail errno …`) is a
// value (backend-name-label.ts): varnish-log 0.742 → 0.871 (Drain3 0.548 on the same lines,
// bench/grouping-server-logs.ts; fp-logs73), its refused connections to `orders` and `billing` one
// signature; every other set of the bench unchanged.
// Left: varnish's std.integer / std.real merge (a dotted name before a colon is a host as often:
// iputils' `ping: unknown.invalid: Name or service not known`); keepalived's instance names in parentheses at
// the head (`(VI_api) entering FAULT state`, three names) and script names in backquotes after a
// capitalised `Script` (four), below the miner's thresholds for a value's place (miner.ts).
const MERGES_LEFT: Record<string, string[][]> = {
  'varnish-log.ndjson': [[
    'vmod_std_conversions.c vmod_integer: VRT_fail(ctx, "std.integer: conversion failed: %s", errtxt) (vnum.c: "Invalid number")',
    'vmod_std_conversions.c vmod_real: VRT_fail(ctx, "std.real: conversion failed: %s", errtxt) (vnum.c: "Invalid number")',
  ]],
};

describe("real servers' logs, sixteenth round", () => {
  itGroupsServerLogs(
    [
      ['rsyslog-internal.ndjson', 'rsyslog', 1],
      ['varnish-log.ndjson', 'varnish', 0.87],
      // server-logs-17's parenthesised subject (parenthesised-subject.ts): 0.679 → 0.857, the
      // instances' `(VI_api) entering FAULT state` and `(…) removing VIPs.` one signature each;
      // `script` among the configured objects' words, capitalised too: 0.857 → 0.929, ``Script
      // `chk_db` now returning 3`` for four scripts one signature.
      ['keepalived.ndjson', 'keepalived', 0.928],
    ],
    MERGES_LEFT,
  );
});
