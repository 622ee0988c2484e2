// Real servers' logs, sixty-third round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from another function
// (virconf.c's reasons main passes on, the child's stderr virCommandWait quotes) is a statement of
// its own.
//   - libvirtd.ndjson: Debian 12's libvirtd 9.0.0-4+deb12u2 (programs/libvirtd), the libvirt
//     daemon as root in a mount and network namespace of its own, logging to stderr
//     (`<time>: <thread>: <priority> : <function>:<line> : <message>`, log_filters keeping the
//     errors it files under debug), driven by virsh through its socket: domains whose XML does
//     not parse or validate and no emulator for them; networks with a taken bridge, a route in
//     use, bad addresses, prefixes, MACs and DHCP ranges, started and stopped twice, defined
//     over another's uuid; storage pools on paths that are not there or not directories, two on
//     one directory, volumes that exist or do not fit, LVM, NFS, fs, disk and iSCSI pools
//     without their tools or devices; secrets, nwfilters, node devices and interfaces that are
//     not there; the test driver inside the daemon (test+unix:///default, one session) suspended,
//     resumed, destroyed and undefined twice, given too many vcpus and too much memory; restarts
//     with a number that is not one, a boolean that is 2, a socket directory that is a file, a
//     null host UUID. Records run over several lines where the message does (libxml2's line and
//     caret, mount(8)'s dmesg hint).
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured on main's rules (rounds-fp/44 as it opened): GA libvirtd 0.886 (167 records, 79
// statements, 84 signatures, no signature holding two statements); Drain3 0.347
// (bench/grouping_drain3.py's configuration, drain3 0.9.11, through bench/grouping-server-logs.ts).
// Split: bridge_driver.c's `no network with matching name '%s'` by the name (`'nowhere'`, a word,
// and `'lan1'`); virxml.c's `Invalid value for attribute '%s' in element '%s': '%s'.` by the
// attribute and element (`'bus'`/`'target'`, `'type'`/`'pool'`); catchXMLError's libxml2
// `(domain_definition):2: Premature end of data in tag domain line 1` by the document and the
// element (a network's document and its `name`); virCommandWait's `Child process (%s) …` of
// `/sbin/vgscan` and of `/sbin/pvs --noheadings -o pv_name,vg_name` by the command's word count;
// virfile.c's `cannot open directory '%s'` by the operating system's error after it (`No such
// file or directory`, `Not a directory`: virReportSystemError's errno, which the rules keep as
// words, one failure's kind).
// After this round's rules (a quoted name after `name` or `named` is a value,
// quoted-name-after-name.ts; an XML node's name and a parsed document's name with its line are
// values, xml-node-name.ts; a command line in parentheses reads as its path,
// parenthesised-command-line.ts; each with its focused test): GA 0.958 (80 signatures, no
// merges); no other server-logs set moved (npx tsx bench/grouping-server-logs.ts, before and
// after). What is left is virfile.c's split by the errno's text, which the rules keep on purpose.
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, sixty-third round", () => {
  itGroupsServerLogs(
    [
      ['libvirtd.ndjson', 'libvirtd', 0.95],
    ],
    MERGES_LEFT,
  );
});
