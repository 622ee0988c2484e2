// A list literal of quoted members, as a program's repr of its data prints it: one value, to its
// closing bracket.
//
// Python's repr of a list writes each string member in quotes between brackets (`['status',
// 'webmail']`, the language reference's "Displays for lists"), and a JSON array is written alike
// (`["a", "b"]`, RFC 8259 §5). A program that logs its input with `%r` prints such a list whole:
// Fail2Ban 1.0.2's transmitter.py logs every command it could not run as `Command %r has failed.
// Received %r`, the command being the list of the client's words. Cut at the spaces, each member
// was a token of its own, so a command of two words and one of four were two templates of one
// statement (Drain routes by token count), and the members' words were constants besides. The
// quotes say the members are data; bracketed-value.ts leaves a bracket holding bare words alone
// (a text the program wrote), and so does this file: every member here is quoted, a number, an
// empty list or Python's None, True or False. A bracket left open past SPAN_TOKENS tokens, a member
// whose quotes are not closed in its token (a string with a space), and a list closed in its
// own first token are left as they were.

/** Tokens a list may span before it is taken for a stray bracket. */
const SPAN_TOKENS = 32;

// The first token: one or more opening brackets, then a quote.
const OPENS = /^\[+["']/;
// A member: opening brackets, a quoted string (quotes closed) or a number or a constant or an
// empty list, then closing brackets and the comma after it.
const MEMBER = /^\[*(?:'[^'\s]*'|"[^"\s]*"|-?\d+(?:\.\d+)?|None|True|False|null|true|false|\[\])?\]*,?$/;

/** When `tokens[start]` opens a list of quoted members it does not close, the index of the token that closes it; otherwise undefined. */
export function quotedListEnd(tokens: readonly string[], start: number): number | undefined {
  if (!OPENS.test(tokens[start])) return undefined;
  let depth = 0;
  for (let j = start; j < tokens.length && j <= start + SPAN_TOKENS; j++) {
    const t = tokens[j];
    if (!MEMBER.test(t)) return undefined;
    for (let k = 0; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if (c === 39 || c === 34) {
        k = t.indexOf(String.fromCharCode(c), k + 1);
        if (k < 0) return undefined;
      }
      else if (c === 91) depth++;
      else if (c === 93 && --depth === 0) return j === start ? undefined : j;
    }
  }
  return undefined;
}

// The same list written without its brackets: quoted members joined by `, ` (snapd's `cannot
// refresh: snap has no updates available: "core18", "core20", "lxd", "snapd"`, the snaps it
// checked, nextcloud-snap/nextcloud-snap#2355 and #3490 in the os-logs corpus). Cut at the spaces,
// every set of names was a template of its own. Only members in one kind of quote, each closed in
// its own token, every one but the last followed by its comma, at least two: a quoted word and a
// comma before other words (`"x", got …`) is no list, nor is a quoted word before a colon, a key
// (`{"user": "bob", "role": "admin"}` keeps its keys).
const LISTED_MEMBER = /^(["'])[^"'\s]{0,256}\1,$/;
const LAST_MEMBER = /^(["'])[^"'\s]{0,256}\1[.;]?$/;

/** When `tokens[start]` opens a bracketless list of quoted members (see above), the index of its last member; otherwise undefined. */
export function bracketlessQuotedListEnd(tokens: readonly string[], start: number): number | undefined {
  const first = LISTED_MEMBER.exec(tokens[start]);
  if (!first) return undefined;
  const quote = first[1];
  for (let j = start + 1; j < tokens.length && j <= start + SPAN_TOKENS; j++) {
    const t = tokens[j];
    if (t[0] !== quote) return undefined;
    if (LISTED_MEMBER.test(t)) continue;
    return LAST_MEMBER.test(t) ? j : undefined;
  }
  return undefined;
}
