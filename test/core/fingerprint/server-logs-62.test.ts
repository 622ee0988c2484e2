// Real servers' logs, sixty-second round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, an error a statement logs that another function
// made (the `error=` field) is a statement of its own with its maker.
//   - containerd.ndjson: Debian 12's containerd 1.6.20~ds1-1+deb12u3 (programs/containerd), logging
//     through logrus's text formatter (`time="…" level=… msg="…" key=value…`) at level debug, its
//     shims' lines relayed through its stderr: configurations that do not load (TOML that does
//     not parse, a level it does not know, a socket under a file, a devmapper pool without
//     dmsetup, CRI settings that do not validate, an overlayfs root under a file, a version 1
//     file); the daemon driven with ctr against a registry of the run's own: images imported,
//     pushed and pulled into other namespaces, content that fails its expected digest or is cut
//     short, tasks whose command, runc binary or runtime is not there, a runtime v1 task, exec,
//     pause, checkpoint without criu, kill; a snapshot and a content blob removed under it; a
//     namespace that is not empty; images removed (the garbage collector's lines); killed with a
//     task running and restarted, the shim killed while it was down; SIGTERM.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured on main's rules (rounds-fp/44 as it opened): GA containerd 0.534 (933 records, 80
// statements, 85 signatures); Drain3 0.829 (bench/grouping_drain3.py's configuration, drain3
// 0.9.11, through bench/grouping-server-logs.ts). Merged: the daemon's `loading plugin %q...`
// (server.go:222, 300 records) with the shim's (shim.go:383, relayed with the shim's
// `runtime=io.containerd.runc.v2`), and `remove snapshot` of the snapshot service (a key) with
// the garbage collector's (a key and a snapshotter): a logfmt record's other fields are context
// (docs/fingerprinting.md), so each pair read as one message. Split: CRI's `Ignoring events in
// namespace - %q` and `Received containerd event … namespace - %q, …` by the namespace (a
// quoted name is kept until its fifth), and `cleanup warnings %s` by the shim's own log records
// it carries (their field names are words of the template).
// After this round's rules: a record whose `runtime` field names a containerd runtime shim
// (`io.containerd.<name>.v<N>`) is read after a `runtime shim:` mark, the shim's statement
// (runtime-shim-record.ts); a quoted name after `namespace` is a value (namespace-name.ts);
// another program's records carried in a message (`time=… level=… msg=…` after the statement's
// words) are one value (relayed-log-records.ts): GA 0.992 (79 signatures); no other server-logs
// set moved (npx tsx bench/grouping-server-logs.ts, before and after). What is left is the merge
// of the two `remove snapshot` statements, told apart only by a field's name (the garbage
// collector's adds `snapshotter`), which this document keeps as context.
const MERGES_LEFT: Record<string, string[][]> = {
  'containerd.ndjson': [
    [
      'services/snapshots/service.go:161 Debugf("remove snapshot")',
      'metadata/gc.go:446 Debug("remove snapshot")',
    ],
  ],
};

describe("real servers' logs, sixty-second round", () => {
  itGroupsServerLogs(
    [
      ['containerd.ndjson', 'containerd', 0.99],
    ],
    MERGES_LEFT,
  );
});
