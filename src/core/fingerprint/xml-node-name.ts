// The names of an XML document's nodes a parser reports about: values.
//
// A program that validates an XML document names the attribute and element it rejected, quoted
// after the word for the node's kind: libvirt 9.0's src/util/virxml.c virXMLPropEnumInternal
// `Invalid value for attribute '%s' in element '%s': '%s'.` for every enumerated attribute of
// every kind of object it defines (a disk target's `bus`, a storage pool's `type`). libxml2
// (2.9.14, parser.c) names the element whose end it did not reach, bare, before the line it
// opened on: `Premature end of data in tag %s line %d`, which libvirt's catchXMLError passes on
// after the document's name and the line it stopped at (`(domain_definition):2: `, `%s:%d: `; for
// a document parsed from memory libvirt names it in parentheses by what it defines). Kept as
// words, each attribute, element and kind of document was a signature of its own for one
// statement (programs/libvirtd, server-logs-63.test.ts).
//
// Read only so, in a log line: a quoted plain name after `attribute` with `in element` or `of
// element` after it, and one after `in element` or `of element` (an attribute quoted alone is not
// read: Python's `object has no attribute '%s'` names the code's own member); a bare
// word between `tag` and `line` when a number follows `line`; and a name in parentheses, no dot
// in it, before a colon, a number and a colon, opening the token (a document's name and the line
// the parser stopped at). The same words otherwise go on with the sentence (`element not found`,
// `tag mismatch`), and a source file with its line (`orders.go:<int>:`, a dot in its name) stays
// the statement's place (template-tokens.ts).
const OWNED_BY = new Set(['in', 'of']);
const QUOTED_NAME = /^(["'])[A-Za-z_][A-Za-z0-9_:.-]{0,63}\1[,.;:]?$/;
const BARE_NAME = /^[A-Za-z_][A-Za-z0-9_:.-]{0,63}$/;
const DOCUMENT_AT_LINE = /^\(([A-Za-z_][A-Za-z0-9_-]{0,63})\):<int>:$/;

/** Whether `tokens[i]` (of a masked log line) is an XML node's name the line reports about. */
export function isXmlNodeName(tokens: readonly string[], i: number): boolean {
  if (i < 1) return false;
  if (QUOTED_NAME.test(tokens[i])) {
    // `attribute '<a>' in element '<e>'`: the attribute, then the element that holds it
    if (tokens[i - 1] === 'attribute' && OWNED_BY.has(tokens[i + 1]) && tokens[i + 2] === 'element') return true;
    if (tokens[i - 1] === 'element' && OWNED_BY.has(tokens[i - 2] ?? '')) return true;
  }
  return tokens[i - 1] === 'tag' && tokens[i + 1] === 'line' && /^<int>[,.;:]?$/.test(tokens[i + 2] ?? '') && BARE_NAME.test(tokens[i]);
}

/** `(<name>):<int>:` when `token` is a parsed document's name in parentheses and the line the parser stopped at, else undefined. */
export function documentAtLine(token: string, name: string): string | undefined {
  return DOCUMENT_AT_LINE.test(token) ? `(${name}):<int>:` : undefined;
}
