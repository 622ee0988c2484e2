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
// (`S3_BUCKET`, `oauth2_token`): `user42` and `a1b2c3` read as data.
//
// Read only so: the quoted token right after `KeyError:`, or after `key not found:`. A quoted
// word after any other label stays the value it labels (`invalid value for Integer(): "two"`).
// The miner still joins the place at its fifth quoted word (miner.ts QUOTED_VALUE_WORDS), so a
// lookup by user names (`KeyError: 'alice'`) is one template once five users have been missed.

const KEY_NAME = /^(["'])[A-Za-z_][\w-]{0,63}\1$/;
const HAS_DIGIT = /\d/;

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
  return KEY_NAME.test(token) && (!HAS_DIGIT.test(token) || token.includes('_'));
}
