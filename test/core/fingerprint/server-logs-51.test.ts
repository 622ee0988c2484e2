// Real servers' logs, fifty-first round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from elsewhere is a
// statement of its own.
//   - slurmctld.ndjson, slurmd.ndjson: Debian 12's Slurm 22.05.8 (programs/slurm) as a one-node
//     cluster with munge, both daemons in the foreground (`-D`) writing their log files
//     (`[<time>] <message>`; slurmstepd's lines in slurmd's log behind `[<job>.<step>] `; a failed
//     start-up's stderr lines as `<program>: <message>`): a slurm.conf with an unknown key, an
//     unknown scheduler plugin, a value that is not a number; a slurmd whose node is not in
//     slurm.conf; a node claiming more CPUs than the host has (set INVAL); then jobs that succeed,
//     fail, are cancelled, run over their time limit and exceed their memory (killed by
//     jobacct_gather); sbatch with a partition that does not exist, more nodes or memory than there
//     are; srun allocations; holds, releases, a requeue refused; the node drained, set down and
//     resumed, a node that does not exist; a partition set down and up; a reservation created and
//     deleted; scontrol reconfigure; both daemons restarted under running jobs; SIGTERM.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA slurmctld 0.921 (211 of 229 records), slurmd 1 (78 of
// 78); merged: the controller's four state-file loaders' `Could not open <kind> state file %s: %m`
// (node, job, reservation, trigger) as one statement, and their `No <kind> state file (%s) to
// recover` as another: the one word before `state file` read as a value.
// After file-kind-word.ts (a word before `file` or `<word> file` names which file): slurmctld 0.961
// (220 of 229), no merge left; left split: parse_config.c's `%s 1 specified more than once` on stderr
// (`slurmctld: error: …`) apart from the log file's, and update_node's `state set to %s` /
// `reason set to: %s` by the state and the reason.
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, fifty-first round", () => {
  itGroupsServerLogs(
    [
      ['slurmctld.ndjson', 'slurmctld', 0.96],
      ['slurmd.ndjson', 'slurmd', 1],
    ],
    MERGES_LEFT,
  );
});
