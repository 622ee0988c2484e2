// A name a format writes right before its own colon, after a word of the sentence (`DB File for
// %s: %s`, `cannot open pool %s: %s`, `Failed to initialize %s: …`), is compared by the template
// miner as a name is: a place of otherwise equal log lines that has held three of them is a value's.
//
// SSSD 2.8's sysdb_domain_init_internal writes `DB File for %s: %s` and `Timestamp file for %s:
// %s` for every configured domain (programs/sssd, server-logs-58.test.ts: `for good:`, `for
// down:`, `for badbind:` and three more, six signatures each), gearmand 1.1's gearmand_con.cc
// `Jobs available for %s: %u` for every function a worker registers and queue.cc `Failed to
// initialize %s: %s` for every queue plugin it was told to load, and a Java service's
// `cannot open pool {}: {}` for every pool it configures (programs/hikaricp). The name and its
// colon were one token that no name matched (miner.ts NAME_LIKE holds no colon), so every domain,
// function or pool was a template of its own however many there were.
//
// Read only so: a name as NAME_LIKE's (lower case, digits, `_`, `-`, `.`) closed by one colon,
// with a plain word before it (letters only, nothing after them: the sentence goes on into the
// value), where both lines close it alike. A colon-closed word opening the line or a clause (after
// a value, a bracket or another colon: `error:`, `warning:`, `connect:`), a capitalised word
// (`Reason:`, a configuration option `SafeSocks:`) and a word before `::` or `:=` keep their
// reading; and the miner's other vetoes still hold (a word stating a kind of failure, a state
// after `is`, a kind after `unknown`).
const COLON_CLOSED_NAME = /^([a-z][a-z0-9_.-]{0,63}):$/;
const PLAIN_WORD = /^[A-Za-z][a-z]{0,31}$/;

/** The name of a colon-closed name after a plain word (see above), and its colon; undefined otherwise. */
export function colonClosedName(token: string, previous: string | undefined): { name: string; close: string } | undefined {
  if (previous === undefined || !PLAIN_WORD.test(previous)) return undefined;
  const m = COLON_CLOSED_NAME.exec(token);
  return m ? { name: m[1], close: ':' } : undefined;
}
