// The name before a spaced `=` (`zookeeper.flushDelay = 0 ms`) is the name of what the line sets,
// dotted or not: it stays a word, as the key of `key=value` does (template-tokens.ts KEY_VALUE)
// and as spaced-key-value.ts keeps the name while its value is a value.
//
// A dotted token elsewhere in a log line is a host, a bundle, a logger or a file, a value
// (template-tokens.ts DOTTED). Before ` = ` it is the key of a setting a program reports, the
// name of a Java system property most often, which one statement logs always the same: ZooKeeper
// 3.8's ZooKeeperServer logs each of its properties by its own statement of one format, `LOG.info("{}
// = {}", FLUSH_DELAY, flushDelay)` beside `LOG.info("{} = {}", ENABLE_EAGER_ACL_CHECK, …)` and
// `… ZOOKEEPER_DIGEST_ENABLED …`, and RequestPathMetricsCollector and AuthenticationHelper do the
// same (programs/zookeeper, server-logs-5.test.ts: labelled by statement). Read as values, the
// names left every such statement of a class one template (`<name> = <*>`, 6, 6 and 2 statements).
//
// Read only so: the token right before a lone `=`, a dotted name of identifier parts (each
// opening with a letter, then letters, digits, `_`, `-`), and a token after the `=`. A dotted
// value on the right of the sign, a name glued to its sign (`a.b=c`, KEY_VALUE's), a version or an
// address before it and an exception's message keep their reading.
const PROPERTY_NAME = /^[A-Za-z][\w-]{0,63}(?:\.[A-Za-z][\w-]{0,63}){1,15}$/;

/** Whether `tokens[i]` (of a masked log line) is the dotted name a spaced `=` follows. */
export function isSpacedKeyName(tokens: readonly string[], i: number): boolean {
  return tokens[i + 1] === '=' && i + 2 < tokens.length && PROPERTY_NAME.test(tokens[i]);
}

/**
 * Two names before a spaced `=`, dotted (PROPERTY_NAME) or a word, at one place of two lines: two
 * settings, two statements (template-tokens.ts differentWords). A dotted token is no word to the
 * miner, so without this nothing kept `zookeeper.flushDelay = …` and `zookeeper.digest.enabled =
 * …` apart.
 */
export function differentSpacedKeys(a: string, b: string, nextA: string | undefined, nextB: string | undefined): boolean {
  if (a === b || nextA !== '=' || nextB !== '=') return false;
  const dottedA = PROPERTY_NAME.test(a);
  const dottedB = PROPERTY_NAME.test(b);
  return (dottedA || dottedB) && (dottedA || KEY_WORD.test(a)) && (dottedB || KEY_WORD.test(b));
}

/** A bare name a spaced `=` may follow (`delay = 5`): a letter, then letters, digits, `_`, `-`. */
const KEY_WORD = /^[A-Za-z][\w-]{0,63}$/;
