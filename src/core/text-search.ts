// Free-text search over signatures (`rounds list --search`, `GET /api/signatures?q=`): what a
// person remembers of an error is a word of its message, its type, the service or the function
// it failed in. Every word, or "quoted phrase", must occur somewhere in those four fields,
// ignoring case; the order of the words does not matter.
import type { Signature } from './model.js';

export interface TextSearch {
  /** Lower-case words and phrases, all required. */
  terms: string[];
}

/** Undefined when the query holds no term (only spaces or empty quotes). */
export function parseTextSearch(query: string): TextSearch | undefined {
  const terms: string[] = [];
  for (const m of query.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const term = (m[1] ?? m[2]).trim().replace(/\s+/g, ' ').toLowerCase();
    if (term) terms.push(term);
  }
  return terms.length ? { terms } : undefined;
}

export function matchesTextSearch(sig: Pick<Signature, 'type' | 'message' | 'service' | 'culprit'>, search: TextSearch): boolean {
  // One haystack; the separator keeps a phrase from matching across two fields.
  const haystack = `${sig.type}\u0000${sig.message.replace(/\s+/g, ' ')}\u0000${sig.service}\u0000${sig.culprit ?? ''}`.toLowerCase();
  return search.terms.every((t) => haystack.includes(t));
}
