// The words that say what KIND of failure an exception message reports, as opposed to the
// values a message echoes (docs/fingerprinting.md "Messages of generic types").
//
// At one crash site, the message of a generic exception (`IllegalArgumentException`,
// `Error`, `ValueError`, a Go error string) is built by the code from a fixed text and the
// data at hand: `"discount " + raw + " out of range"`. The data is often a word (`abc`,
// `xyzzy`, `kiwi`, `nobody`): an input echoed back, a product, a user. What tells two throw
// statements of one function apart is a different text around it, and where two of them
// differ in one word only, that word describes the condition (`card expired` / `card
// blocked`, `must be positive` / `must be integer`) or is grammar (`is` / `is not`).
// Those words form a small closed class, listed here: grammar words, words that state a
// condition (adjectives and participles of failure), the names of value types that messages
// use to describe a mismatch, and the operations that fail (`parse`, `load`, `connect`). A message word outside this list that differs between
// two messages of one site is taken for a value; a word in it keeps them apart.
//
// The list was written from the vocabulary of error messages of language runtimes and common
// libraries (the condition words of HTTP status reasons, POSIX `strerror` texts, and the
// standard exceptions of Java, .NET, Python, Go, Ruby, PHP, Node and Rust), not from the
// corpus it is tested on.
const GRAMMAR =
  'a an the this that these those it its is are was were be been being am not no nor never none nothing ' +
  'neither either or and but if then else than too very so as at by for from in into of off on onto out over ' +
  'under up down to with within without via per upon about after before between during since until while when ' +
  'where which who what why how all any each every some more most less least few many much only own same other ' +
  'such can cannot could may might must shall should will would do does did done has have had having ' +
  "isn't aren't wasn't weren't can't couldn't won't wouldn't shouldn't doesn't don't didn't hasn't haven't " +
  'already yet still again just also';

const CONDITIONS =
  // Validity and presence.
  'invalid valid missing absent empty blank unset undefined unknown unexpected unrecognized unrecognised ' +
  'unsupported unimplemented unavailable unreachable unresolved unresolvable unassigned uninitialized ' +
  'uninitialised required optional illegal wrong bad malformed corrupt corrupted truncated incomplete partial ' +
  'broken inconsistent incompatible mismatch mismatched ambiguous duplicate duplicated conflict conflicting ' +
  'exists existing nonexistent found detected defined declared allowed permitted supported implemented ' +
  // Access and authority.
  'unauthorized unauthorised unauthenticated forbidden denied refused rejected declined revoked banned ' +
  'restricted protected private readonly immutable frozen sealed reserved ' +
  // State of a thing.
  'expired blocked locked unlocked closed open opened disabled enabled suspended cancelled canceled aborted ' +
  'interrupted terminated killed stopped started paused running pending inactive active stale outdated ' +
  'obsolete deprecated deleted removed archived detached attached disposed finished completed ' +
  'committed uncommitted settled unpaid paid overdue overdrawn shipped delivered ' +
  // Quantity and bounds.
  'negative positive nonzero nonnegative finite infinite large small long short big huge high low many ' +
  'exceeded exceeds exceed exhausted overflow underflow insufficient full busy limit range bounds ' +
  'unique circular recursive nested sorted unsorted even odd ' +
  // Outcome and time.
  'failed failure fail fails error errors timeout timed expires late early slow ' +
  // Value types a mismatch names.
  'number numeric integer int float double decimal string str text boolean bool object array list tuple ' +
  'dict map set function callable null nil undefined nan symbol bigint char byte bytes';

// The operation that failed (`cannot parse config` / `cannot load config`), in the forms
// messages use: base, past participle, gerund.
const OPERATIONS = ['parse', 'load', 'read', 'write', 'open', 'close', 'connect', 'send', 'receive', 'save', 'delete',
  'create', 'update', 'insert', 'find', 'fetch', 'resolve', 'convert', 'decode', 'encode', 'serialize', 'deserialize',
  'allocate', 'start', 'stop', 'bind', 'lock', 'unlock', 'commit', 'rollback', 'validate', 'authenticate', 'authorize',
  'initialize', 'register', 'compile', 'execute', 'run', 'call', 'invoke', 'schedule', 'cancel', 'retry', 'render',
  'import', 'export', 'upload', 'download', 'install', 'mount', 'sign', 'verify', 'encrypt', 'decrypt', 'compress',
  'decompress', 'copy', 'move', 'rename', 'flush', 'sync', 'reserve', 'charge', 'refund', 'ship', 'notify', 'process'];

/** `parse` → `parse parsed parsing`, `stop` → `stop stopped stopping` (regular English forms). */
function forms(verb: string): string[] {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : /[^aeiou][aeiou][bdgmnpt]$/.test(verb) && verb.length <= 4 ? verb + verb.at(-1) : verb;
  return [verb, `${stem}ed`, `${stem}ing`, `${verb}s`];
}

const GRAMMAR_WORDS: ReadonlySet<string> = new Set(GRAMMAR.split(/\s+/));
const CONDITION_WORDS: ReadonlySet<string> = new Set(`${GRAMMAR} ${CONDITIONS}`.split(/\s+/));
const WORDS: ReadonlySet<string> = new Set([...CONDITION_WORDS, ...OPERATIONS.flatMap(forms)]);

// Punctuation a word may carry in a message (`"blocked"`, `expired:`, `(empty)`).
const EDGES = /^["'`(]+|["'`)]*[:,.;!?]*$/g;
/** Characters EDGES takes from a word's start, and from its end. */
const OPENING_MARKS = new Set([...'"\'`(']);
const CLOSING_MARKS = new Set([...'"\'`):,.;!?']);

/**
 * The word lower-cased, without its EDGES: a word that neither opens nor ends with one of their
 * characters (most words) is not searched for them (this runs on every word of every message).
 */
function bareWord(token: string): string {
  const bare = OPENING_MARKS.has(token[0]) || CLOSING_MARKS.has(token[token.length - 1]) ? token.replace(EDGES, '') : token;
  return bare.toLowerCase();
}

/** True for a word that states a kind of failure or is grammar (never an echoed value). */
export function isFailureWord(token: string): boolean {
  return WORDS.has(bareWord(token));
}

/**
 * True for a grammar word (`is`, `does`, `not`, `has`): a function word of the sentence, never a
 * name. After a word that names what follows it (`user`, `host`), the sentence goes on instead:
 * .NET's `No such host is known`, etcd's `auth: root user does not have root role`.
 */
export function isGrammarWord(token: string): boolean {
  return GRAMMAR_WORDS.has(bareWord(token));
}

/**
 * True for a word that states a condition or is grammar: `isFailureWord` without the operations.
 * An operation's participle before a noun names a kind of thing (`Encrypted Volumes`, `Mounted
 * File Systems`) where a condition word still states one (`Not Found`, `Bad Gateway`).
 */
export function isConditionWord(token: string): boolean {
  return CONDITION_WORDS.has(bareWord(token));
}
