// A mail authentication result written after the domain it was evaluated for is a value.
//
// A mail filter that checks SPF, DKIM or DMARC logs the domain it checked and the result it
// reached, the result a word from the method's own list: RFC 7208 §2.6 (SPF: `none`, `neutral`,
// `pass`, `fail`, `softfail`, `temperror`, `permerror`), RFC 7489 §11.2 (DMARC: `none`, `pass`,
// `fail`, `temperror`, `permerror`), RFC 8601 §2.7 (the Authentication-Results header's results,
// with DKIM's `policy`), and the older spellings filters still print (RFC 5451's `hardfail`,
// opendmarc's `tempfail`). One statement writes every result there: opendmarc 1.4.2's mlfi_eom
// logs `%s: SPF(%s): %s %s` (queue id, `helo` or `mailfrom`, domain, result) and `%s: %s %s`
// (queue id, the From: domain, the DMARC result), and as words each result was a signature of
// its own (programs/opendmarc, server-logs-61.test.ts).
//
// The result is `<result>`, a token of its own that the run of values before it does not take in
// (template-tokens.ts templateTokens): the domain and the queue id before it are values too, and
// joined into that run the line was a run of values any other line of values matched (opendmarc's
// `%s: %s %s` took in its `%s: %s: %s` of a configuration file and an empty reason).
export const AUTHENTICATION_RESULT = '<result>';

// Read only so: one of those words ending the line, right after a domain (a host name or an
// address the parameteriser masked, a dotted name of letters, digits and hyphens, or a bare `@`:
// opendmarc prints the envelope sender it checked, `@` for one with neither part, as in its
// SPF(mailfrom) line for a message from `<>`). The same words
// elsewhere — before the domain (`fail for example.com`), inside a sentence (`pass through
// example.com to …`), after a word (`lookup none`) or a number — stay words, and so does any
// other word after a domain (`example.com failed`, `example.com unreachable`): a program's
// sentence, not a result.
const RESULTS = new Set(['pass', 'fail', 'softfail', 'hardfail', 'neutral', 'none', 'temperror', 'tempfail', 'permerror', 'policy']);

// A masked host name or address ending the previous token (a run of values joined into one token ends so:
// `<hex>: <hostname>`), or a bare dotted domain whose last label is letters.
const MASKED_DOMAIN = /<(?:hostname|name|email)>$/;
const DOTTED_DOMAIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,63}$/;

/** Whether `tokens[i]` (of a masked log line) is an SPF/DKIM/DMARC result after the domain it is about. */
export function isAuthenticationResult(tokens: readonly string[], i: number): boolean {
  if (i < 1 || !RESULTS.has(tokens[i]) || tokens.slice(i + 1).some((t) => t !== '')) return false;
  const previous = tokens[i - 1];
  return previous === '@' || MASKED_DOMAIN.test(previous) || DOTTED_DOMAIN.test(previous);
}
