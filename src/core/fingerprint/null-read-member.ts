// The member a runtime's own message for a read of a missing value names: V8's `Cannot read
// properties of undefined (reading 'total')` and its older `Cannot read property 'total' of
// null` (and `set`), CPython's `'NoneType' object has no attribute 'total'`, Ruby's ``undefined
// method `total' for nil``. The name is code, where the program was written, never a value the
// request carried.
//
// Where the trace gives a crash site this is not read (code-in-message.ts says why: the member a
// chain `user.avatar.url` fails at depends on the data, one statement). Where no frame was read
// (a console line, a tracker's title, a paste cut above its frames) the message is all that names
// the failure, and the template miner took the quoted member for a value: every null read of a
// service mined to one template, `Cannot read property <*> of null`, so Yoast's, HESH's and
// Jetpack's scripts, or Cookie Notice's and WooCommerce's, were one signature each (threads-9).
// There the member is kept as a word, and two members keep two messages apart
// (template-tokens.ts).
//
// Since threads-19 also PHP's: PHP 8's `Attempt to read property "description" on null` (and
// `assign`, `modify`, `increment`, `decrement`; `on bool`, `on int`…) and PHP 7.4's `Trying to
// get property 'id' of non-object`, quoted by Ignition's title, a Laravel log line's head or a
// tracker's title without frames: lav_sms's `"description"` and admixcentral's, WebErpMesv2's
// `"id"` and `"component_id"` mined to one template each.
//
// Since threads-10 also the browsers' own wordings: Firefox's (SpiderMonkey, 74+) `can't access
// property "runtime", s is undefined`, and Safari's (JavaScriptCore) `undefined is not an object
// (evaluating 'e.indexOf')`, which quotes the expression it evaluated. Of that expression only
// the last member is kept (`'indexOf')`): the receiver before it is a minifier's name in a bundle
// (`e`, `t`), which another build of the same code renames. Before, CRXJS's `"runtime"` and
// Unlock Keyboard's `"active"` read from Firefox's console, and Safari's `suffix.substr` and
// `e.indexOf`, mined to one template each.

/** The words before the member in each runtime's template, lower-cased, and what may follow it. */
interface MemberTemplate {
  before: readonly RegExp[];
  after?: readonly RegExp[];
  /** The runtime quotes the expression evaluated (`'e.indexOf'`), not only the member. */
  expression?: boolean;
}

const TEMPLATES: readonly MemberTemplate[] = [
  // V8 (Chrome 91+, Node 16.9+): `Cannot read properties of null (reading 'x')`.
  { before: [/^cannot$/, /^(?:read|set)$/, /^properties$/, /^of$/, /^(?:undefined|null)$/, /^\((?:reading|setting)$/] },
  // V8 before: `Cannot read property 'x' of undefined`.
  { before: [/^cannot$/, /^(?:read|set)$/, /^property$/], after: [/^of$/, /^(?:undefined|null)\b/] },
  // CPython: `'NoneType' object has no attribute 'x'`.
  { before: [/^'nonetype'$/, /^object$/, /^has$/, /^no$/, /^attribute$/] },
  // Ruby: ``undefined method `x' for nil`` (``nil:NilClass`` before 3.4).
  { before: [/^undefined$/, /^method$/], after: [/^for$/, /^nil\b/] },
  // SpiderMonkey (Firefox 74+): `can't access property "x", y is undefined` (or `null`).
  { before: [/^can[’']t$/, /^access$/, /^property$/] },
  // PHP 8: `Attempt to read property "x" on null` (a warning; `assign`, `modify`, `increment`
  // and `decrement` are errors), on any non-object: `on bool`, `on int`, `on array`.
  { before: [/^attempt$/, /^to$/, /^(?:read|assign|modify|increment|decrement)$/, /^property$/], after: [/^on$/, /^(?:null|bool|true|false|int|float|string|array)\b/] },
  // PHP 7.4: `Trying to get property 'x' of non-object` (a notice).
  { before: [/^trying$/, /^to$/, /^get$/, /^property$/], after: [/^of$/, /^non-object\b/] },
  // JavaScriptCore (Safari): `undefined is not an object (evaluating 'y.x')`, and a call of
  // one: `undefined is not a function (evaluating 'y.x()')`.
  { before: [/^(?:undefined|null)$/, /^is$/, /^not$/, /^an?$/, /^(?:object|function)$/, /^\(evaluating$/], expression: true },
];

/** A member name as the templates quote it: `'total'`, `"total"`, `` `total' ``, `'total')`. */
export const QUOTED_MEMBER = /^['"`][\w$][\w$]{0,120}[?!=]?['"`]\)?[:,;.]?$/;

/** JavaScriptCore's quoted expression, a member chain or a call of one: `'e.indexOf')`, `'a.b.c()')`. */
const QUOTED_EXPRESSION = /^'(?:[\w$]{1,120}\.){1,20}([\w$]{1,120})(?:\(\))?'(\)?[:,;.]?)$/;

/**
 * The word a template keeps for the member token at `nullReadMemberIndex`: the token itself, or
 * of an expression JavaScriptCore quotes its last member, quoted as a member is (`'indexOf')`).
 */
export function memberWord(token: string): string {
  const e = QUOTED_MEMBER.test(token) ? null : QUOTED_EXPRESSION.exec(token);
  return e ? `'${e[1]}'${e[2]}` : token;
}

/**
 * The index in `tokens` (a message's whitespace tokens) of the member a runtime's null-read
 * template names, or -1 when the message holds none of the templates.
 */
export function nullReadMemberIndex(tokens: readonly string[]): number {
  for (const t of TEMPLATES) {
    const n = t.before.length;
    for (let i = n; i < tokens.length; i++) {
      if (!QUOTED_MEMBER.test(tokens[i]) && !(t.expression && QUOTED_EXPRESSION.test(tokens[i]))) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = t.before[k].test(tokens[i - n + k].toLowerCase());
      for (let k = 0; ok && t.after && k < t.after.length; k++) ok = i + 1 + k < tokens.length && t.after[k].test(tokens[i + 1 + k]);
      if (ok) return i;
    }
  }
  return -1;
}
