// The key a missing-key error names, quoted as the program spelt it in its code, is a constant of
// the failure: which lookup failed.
//
// Ruby's Hash#fetch and ENV.fetch raise KeyError with `key not found: "order"` (a String key) and
// Python's dict raises KeyError whose text is the key's repr, `KeyError: 'order'`. A worker that
// logs `#{e.class}: #{e.message}` (programs/ruby-worker, server-logs-12.test.ts) writes one line
// per fetch in its code, `key not found: "order"`, `"lines"`, `"price"`: three lookups, three
// failures, and they were one signature, since a quoted word after a label's colon is read as the
// value it labels (template-tokens.ts classify). A key fetched by a literal is an identifier as
// code spells one; a key that is data (an id, `key not found: "42"`, `'user-8d3f'`) has digits in
// it and stays a value. An identifier with digits is read as a name only when `_` joins its parts
// (`S3_BUCKET`, `oauth2_token`, `base64_data`) and it holds no number of its own (three digits or
// more, or digits closing it after the `_`: `user_123`, `order_8812`); `user42` and `a1b2c3` read
// as data.
//
// Read only so: the quoted token right after `KeyError:`, or after `key not found:`. A quoted
// word after any other label stays the value it labels (`invalid value for Integer(): "two"`).
// The cost: a map keyed by plain words that are data (a price list's `'mango'` and `'kiwi'`, user
// names), logged without its trace, is a signature per key until the miner joins the place at its
// fifth quoted word (miner.ts QUOTED_VALUE_WORDS): `KeyError: 'alice'` … `'erin'` are one template
// from the fifth user on. With its trace the crash site names the failure and the key never counts.

const KEY_NAME = /^(["'])[A-Za-z_][\w-]{0,63}\1$/;
const HAS_DIGIT = /\d/;
// A number in a key: three digits or more, or digits closing it after a separator (`user_123`).
const NUMBER_OF_ITS_OWN = /\d{3}|[_-]\d+["']$/;

/** Whether `tokens[i]` (of a masked log line) is the quoted key a missing-key error names, spelt as code spells an identifier. */
export function isMissingKeyName(tokens: readonly string[], i: number): boolean {
  if (!isKeyName(tokens[i])) return false;
  if (i >= 1 && tokens[i - 1] === 'KeyError:') return true;
  return i >= 3 && tokens[i - 1] === 'found:' && tokens[i - 2] === 'not' && tokens[i - 3].toLowerCase() === 'key';
}

/**
 * Two keys a missing-key error names, or such a key where the other line has a value, at one place
 * after `KeyError:` / `key not found:`: two lookups, two statements (`"order"` / `"lines"`;
 * `"order"` / `"42"`, a key fetched by a literal beside one that is data).
 */
export function differentMissingKeys(a: string, b: string, previousA: string | undefined, previousB: string | undefined): boolean {
  if (a === b || previousA !== previousB || (previousA !== 'KeyError:' && previousA !== 'found:')) return false;
  return isKeyName(a) || isKeyName(b);
}

function isKeyName(token: string): boolean {
  if (!KEY_NAME.test(token)) return false;
  return !HAS_DIGIT.test(token) || (token.includes('_') && !NUMBER_OF_ITS_OWN.test(token));
}
