// A word right before a noun that names a kind of part of the running program (`service`,
// `listener`, `worker`, `plugin`…) is that part's own name, written into the statement: the
// program names its parts in its source. InfluxDB 1.6's services each log their own `Starting
// monitor service`, `Starting precreation service`, `Starting snapshot service`,
// `Starting continuous query service`… (monitor/service.go, services/*/service.go Open;
// programs/influxdb, server-logs-50.test.ts), six statements that the miner's value place
// (miner.ts joinValuePosition: three different name-like words at one place) had read as one
// statement with a value before `service`.
// Only before such a noun: a word before any other word (`Failed password for alice from`) still
// joins as a value once three differ, and a name after the noun (Prosody's `Deactivated service
// '%s'`) is where a program prints one it was given.

const COMPONENT_NOUNS = new Set(['service', 'services', 'listener', 'listeners', 'worker', 'workers', 'plugin', 'plugins', 'module', 'modules', 'subsystem', 'daemon', 'engine', 'scheduler', 'thread', 'threads']);

/** Whether `next`, the token after a word (closing punctuation aside), names a kind of part of the program, so that the word names which one. */
export const isComponentNoun = (next: string | undefined): boolean =>
  next !== undefined && COMPONENT_NOUNS.has(next.replace(/[.,;:!]+$/, ''));
