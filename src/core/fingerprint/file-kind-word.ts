// A word right before `file` or `directory` — or before one more plain word and then `file`
// (`node state file`, `job state file`) — names which of the program's own files the statement
// is about, and the program writes that name into its source: Slurm 22.05's controller keeps one
// state file per kind of record and each kind's loader logs its own `Could not open node state
// file %s: %m`, `Could not open job state file %s: %m`, `No reservation state file (%s) to
// recover`… (slurmctld/node_mgr.c, job_mgr.c, reservation.c, trigger_mgr.c; programs/slurm,
// server-logs-51.test.ts), four statements each that the miner's value place (miner.ts
// joinValuePosition: three different name-like words at one place) read as one statement.
// Only before the noun: a file's name after it (`Opening file alpha.txt`) is where a program
// prints a name it was given, and a word before any other noun still joins as a value.

const FILE_NOUNS = new Set(['file', 'files', 'directory', 'directories']);

const PLAIN_WORD = /^[a-z]+$/;

const namesAFile = (token: string | undefined): boolean => token !== undefined && FILE_NOUNS.has(token.replace(/[.,;:!]+$/, ''));

/** Whether the word at `at` of `template` stands right before a file noun, or before one plain lower-case word and then one, and so names which file. */
export const namesWhichFile = (template: readonly string[], at: number): boolean =>
  namesAFile(template[at + 1]) || (PLAIN_WORD.test(template[at + 1] ?? '') && !FILE_NOUNS.has(template[at + 1]) && namesAFile(template[at + 2]));
