// A run of tokens of variable length inside one statement's template (docs/fingerprinting.md,
// "Template miner").
//
// The miner routes a line by its token count (after Drain), so a statement whose value has a
// different number of words on different lines was one template per length: ActivityManager's
// hosting type (`Start proc … for service …` / `… for content provider …`), tor's listener type
// (`Opening Socks listener on …` / `Opening HTTP tunnel listener on …`), a quoted request line
// (`SMTP syntax error in "FOO" H=…` / `… in "GET / HTTP/1.1" H=…`), the PCIe AER severity
// (`AER: Correctable error message received from …` / `AER: Uncorrectable (Non-Fatal) error …`).
//
// Two templates of different lengths are one statement when they agree on a constant prefix and
// a constant suffix and differ only in one run of tokens between them, each side's run holding at
// least one token. Why that is sound: a statement's format string is its constant text around
// its values, so the constants on both sides of the run are the format's own words, in the same
// order, with one gap between them where each line printed something else; what a program prints
// in one place between fixed words is that place's value, whatever its word count. The anchors
// must hold a word each (a constant, not a value): two lines that share only values around a run
// share nothing of a format. A run is never taken for a value where it is the statement's own
// wording that changed: a word that states a condition or an operation's outcome
// (failure-words.ts: `is valid` / `is not valid` differ by an inserted word; `Disconnected` /
// `Connection timed out`), a state in capitals from the program's own table (pacemaker's
// `S_IDLE`, outcome-words.ts), a word after a linking verb (linking-verb.ts), and an empty run
// (an optional word, `… locally on …`: the text cannot tell an optional word from another
// statement's) are kept apart.
//
// The run becomes one `VARIABLE_RUN` token in the template; a line of any length at least the
// template's is read against it by collapsing its middle to that token (`project`), so the
// template's other places refine as a fixed-length template's do. Templates without the token
// keep their lengths and their routes, and states stored before it load unchanged.
import { isFailureWord } from './failure-words.js';
import { endsInLocatedMessage, isTitleWord } from './located-message-lead.js';
import { completesLinkingVerb } from './linking-verb.js';
import { isOutcomeWord } from './outcome-words.js';
import { optionalFieldsAt } from './optional-record-fields.js';
import { optionalClauseAfterValue } from './optional-value-clause.js';
import { covers, isParameter } from './template-tokens.js';

/** The placeholder of a run of any number (at least one) of tokens. A parameter (template-tokens.ts isParameter). */
export const VARIABLE_RUN = '<**>';

/** Tokens a run may have on either side (a unit's description, a cause with its collector's name). */
const MAX_RUN = 6;

/** A state from a program's table: capitals joined by `_` (`S_IDLE`, `S_POLICY_ENGINE`). */
const TABLE_STATE = /^[A-Z][A-Z0-9]*_[A-Z0-9_]+[:,.;]?$/;

const PREPOSITIONS = new Set(['for', 'in', 'from', 'to', 'of', 'on', 'at', 'by', 'with', 'as', 'via', 'into', 'over', 'under', 'about', 'after', 'before', 'within', 'without', 'between', 'through']);

/** Whether a template holds a variable run. */
export function hasVariableRun(template: readonly string[]): boolean {
  return template.includes(VARIABLE_RUN);
}

/** Whether `token` may be (part of) a value in a run: see the file's header. */
function valueToken(token: string): boolean {
  if (isParameter(token)) return true;
  // A word ending a clause or naming a field (`a1: Expecting value:`): a message of its own follows, not more of one value.
  if (token.endsWith(':')) return false;
  return !isFailureWord(token) && !TABLE_STATE.test(token) && !(isOutcomeWord(token) && token.includes('_'));
}

/**
 * Whether `tokens[from, to)` is one quoted span: it opens with a quote, closes with the same
 * quote (before closing punctuation at most) and holds no other. What a program prints between
 * the quotes of its format (`Connection to '%s' failed.`) is one value whatever words it holds:
 * InspIRCd 3's m_spanningtree names an outgoing link by the server's name and an incoming one
 * `inbound from <ip>`, whose `from` would otherwise read as the statement's own grammar.
 */
function quotedSpan(tokens: readonly string[], from: number, to: number): boolean {
  const quote = tokens[from][0];
  if (quote !== "'" && quote !== '"') return false;
  const last = tokens[to - 1].replace(/[,;:.]$/, '');
  if (!last.endsWith(quote) || (to - from === 1 && last.length < 2)) return false;
  const inner = tokens.slice(from, to).join(' ').replace(/[,;:.]$/, '').slice(1, -1);
  return !inner.includes(quote);
}

/**
 * Whether `tokens[from, to)` may be one value. `titled`: the run leads a located message
 * (located-message-lead.ts), where a capitalised word with more of the run after it is a word of a
 * name in title case (`Big Buck Bunny`, `Open Source Documentary`), not a failure the statement
 * states; the run's last word is read as any run's.
 */
function valueRun(tokens: readonly string[], from: number, to: number, titled = false): boolean {
  if (to <= from || to - from > MAX_RUN) return false;
  if (completesLinkingVerb(tokens[from - 1])) return false;
  if (quotedSpan(tokens, from, to)) return true;
  for (let i = from; i < to; i++) if (!valueToken(tokens[i]) && !(titled && i < to - 1 && isTitleWord(tokens[i]))) return false;
  return true;
}

/**
 * Equal tokens, or two values. A learned wildcard agrees only with a value here: taking any word
 * would let it swallow the first word of the run (`version <*> from` against `version 'GET /
 * HTTP/1.1' from`), and the run would no longer sit between the anchors.
 */
function agree(t: string, u: string): boolean {
  return t === u || (isParameter(t) && isParameter(u));
}

/** Whether a constant word (not a value, not a learned wildcard) is among `tokens[from, to)`. */
function hasWord(tokens: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isParameter(tokens[i])) return true;
  return false;
}

/**
 * `tokens` read against a template with a variable run: its middle, between as many tokens as
 * the template has before and after the run, collapsed to the run's token, so that it has the
 * template's length. Undefined where the middle would be empty, too long, or not a value. A
 * template without a run takes lines of its own length as they are.
 */
export function project(template: readonly string[], tokens: string[]): string[] | undefined {
  const k = template.indexOf(VARIABLE_RUN);
  if (k < 0) return tokens.length === template.length ? tokens : undefined;
  // A run that ends the template stands for a record's optional fields, none or more
  // (optional-record-fields.ts): a run between anchors always has a constant after it.
  if (k === template.length - 1) {
    if (tokens.length === template.length && tokens[k] === VARIABLE_RUN) return tokens;
    if (tokens.length < k || !optionalFieldsAt(tokens, k, tokens.length)) return undefined;
    return [...tokens.slice(0, k), VARIABLE_RUN];
  }
  const after = template.length - k - 1;
  const end = tokens.length - after;
  if (!valueRun(tokens, k, end, k === 0 && endsInLocatedMessage(template, 1, template.length))) return undefined;
  if (end === k + 1 && tokens[k] === VARIABLE_RUN) return tokens;
  return [...tokens.slice(0, k), VARIABLE_RUN, ...tokens.slice(end)];
}

/**
 * Whether template `general` takes `specific` (a line, or a narrower template) as its own: of its
 * length, place by place (template-tokens.ts covers), or, where `general` holds a variable run,
 * with the middle of `specific` read as that run (`project`); a template with a run is taken only
 * by one with a run. What the miner asks of a cluster's template and what a merge of replicas'
 * states asks of two templates (miner.ts, miner-merge.ts). The flags say whether each holds a run,
 * where the caller already knows (the miner keeps it on each cluster).
 */
export function takesTemplate(general: readonly string[], specific: string[], generalRun = hasVariableRun(general), specificRun = hasVariableRun(specific)): boolean {
  if (!generalRun) return !specificRun && general.length === specific.length && covers(general, specific);
  const probe = project(general, specific);
  return probe !== undefined && covers(general, probe);
}

/**
 * The template that reads both `template` and `tokens` (of another length, neither with a run
 * but a record's optional fields closing the template) as one statement with a variable run (see
 * the file's header), or undefined.
 */
export function joinAcrossLengths(template: readonly string[], tokens: readonly string[]): string[] | undefined {
  const n = template.length;
  const m = tokens.length;
  // A template closed by a record's optional fields (see `project`) met by a line shorter than
  // its fixed part: the fields the line lacks are optional too where the line is the template's
  // record without them, so the run moves to the line's end (one statement whichever of its
  // lines came first).
  if (n > 0 && template[n - 1] === VARIABLE_RUN) {
    if (m >= n - 1) return undefined;
    for (let i = 0; i < m; i++) if (!agree(template[i], tokens[i])) return undefined;
    return optionalFieldsAt(template, m, n - 1) ? [...template.slice(0, m), VARIABLE_RUN] : undefined;
  }
  if (n === m) return undefined;
  const shortest = Math.min(n, m);
  let p = 0;
  while (p < shortest && agree(template[p], tokens[p])) p++;
  if (p > 0 && !hasWord(template, 0, p)) return locatedLead(template, tokens);
  let s = 0;
  while (s < shortest - p && agree(template[n - 1 - s], tokens[m - 1 - s])) s++;
  // One line is the other with tokens inserted: an optional word, not a value (see above). But
  // where the longer line holds a quoted span that the shorter line's one value stands for, the
  // suffix took the span's last token for that value (`to <*> failed.` / `to 'inbound from <ip>'
  // failed.`): the span is the run, and the shorter line's value is its own run.
  if (p + s >= shortest) {
    const long = n < m ? tokens : template;
    // The longer line is the shorter with a clause after one of its values (`for <*> with depth
    // <*> received`, optional-value-clause.ts): the value and its clause are the run.
    const at = optionalClauseAfterValue(n < m ? template : tokens, long);
    if (at >= 0) return [...template.slice(0, at), VARIABLE_RUN, ...template.slice(at + 1 + (n > m ? n - m : 0))];
    // The longer line is the shorter with key=value fields at its end: a record's optional fields
    // (optional-record-fields.ts), the run closing the template.
    if (p === shortest && optionalFieldsAt(long, shortest, long.length)) return [...template.slice(0, shortest), VARIABLE_RUN];
    const s2 = shortest - p - 1;
    if (s2 < 1 || !quotedSpan(long, p, long.length - s2)) return undefined;
    s = s2;
  }
  if (p === 0 || s === 0) return undefined;
  if (!hasWord(template, 0, p) || !hasWord(template, n - s, n)) return undefined;
  // The shorter line's run is one value: the place is a value's, whatever the longer line printed there.
  // What shows the place is a value's: the shorter line printed one value there, or a preposition
  // introduces it (its object is a noun phrase the program fills in, of any number of words).
  const short = n < m ? template : tokens;
  const oneValue = short.length - p - s === 1 && isParameter(short[p]);
  if (!oneValue && !PREPOSITIONS.has(template[p - 1])) return undefined;
  if (!valueRun(template, p, n - s) || !valueRun(tokens, p, m - s)) return undefined;
  return [...template.slice(0, p), VARIABLE_RUN, ...template.slice(n - s)];
}

/**
 * Two lines that hold values alone before their differing run, read as one statement whose run
 * opens the template where their agreeing suffix ends in a source location after a word of the
 * message (located-message-lead.ts), or undefined.
 */
function locatedLead(template: readonly string[], tokens: readonly string[]): string[] | undefined {
  const n = template.length;
  const m = tokens.length;
  const short = n < m ? template : tokens;
  // The suffix leaves the shorter line one token at least before it: the place of its value.
  let s = 0;
  while (s < short.length - 1 && agree(template[n - 1 - s], tokens[m - 1 - s])) s++;
  if (!endsInLocatedMessage(template, n - s, n)) return undefined;
  // The shorter line printed one value there (its time and a one-word name are one token).
  if (short.length - s !== 1 || !isParameter(short[0])) return undefined;
  if (!valueRun(template, 0, n - s, true) || !valueRun(tokens, 0, m - s, true)) return undefined;
  return [VARIABLE_RUN, ...template.slice(n - s)];
}
