// One wording for PHP's own engine errors across the PHP versions that word them differently.
//
// The same statement failing under two PHP versions is printed in two wordings, and the template
// miner saw two messages: fivefilters/readability.php's `->length` read of a null node at
// Readability.php line 1514 was `Trying to get property 'length' of non-object` under PHP 7 and
// `Attempt to read property "length" on null` under PHP 8.1 (threads-38), TYPO3 7.6's
// ConfigurationManager `Call to a member function getConfiguration() on a non-object` under PHP 5
// and `… on null` under PHP 7 (threads-37). Each was two signatures.
//
// The wordings, as php-src prints them (Zend/zend_execute.c, zend_execute_API.c,
// zend_vm_def.h):
//   method call on a non-object   PHP 5:   `Call to a member function %s() on a non-object`
//                                 PHP 7+:  `Call to a member function %s() on %s` (the value's
//                                          type: null, bool, string, int, float, array)
//   property read of a non-object PHP 7.2–7.4: `Trying to get property '%s' of non-object`
//                                 PHP 8+:  `Attempt to read property "%s" on %s` (the type)
//   property write                PHP 7.2–7.4: `Attempt to assign property '%s' of non-object`
//                                 PHP 8+:  `Attempt to assign property "%s" on %s` (and `modify`,
//                                          `increment`, `decrement`)
//   missing array key             PHP 5–7: `Undefined index: %s` (a string key),
//                                          `Undefined offset: %d` (an integer key)
//                                 PHP 8+:  `Undefined array key "%s"`, `Undefined array key %d`
//   argument of the wrong type   PHP 7:   `Argument %d passed to %s() must be of the type %s[ or
//                                          null], %s given` (`be an instance of %s`, `implement
//                                          interface %s` for a class or an interface)
//                                 PHP 8+:  `%s(): Argument #%d ($%s) must be of type [?]%s, %s given`
//   a built-in's argument         PHP 7:   `%s() expects parameter %d to be %s, %s given`, a
//                                          warning (`integer`, `boolean` in PHP 7.0-7.2)
//                                 PHP 8+:  the argument's TypeError above
//   return value of the wrong type PHP 7:  `Return value of %s() must be of the type %s, %s returned`
//                                 PHP 8+:  `%s(): Return value must be of type %s, %s returned`
//   (PHP 7 names an object given by `instance of %s`, PHP 8 by its class alone.) The google/gax-php
//   tests assert both wordings of one call: `Argument 1 passed to …CallOptions::setTimeoutMillis()
//   must be of the type int or null, string given` below PHP 8, `…setTimeoutMillis(): Argument #1
//   ($timeoutMillis) must be of type ?int, string given` from PHP 8 on. PHP 8 names the parameter,
//   which no older message says: the name is left out of both.
// Each older wording is rewritten to PHP 8's, the newest, so a message PHP 8 printed reads as it
// did before. PHP 5 and PHP 7's property notices do not say what the value was; they read as
// PHP 8's commonest, `on null` (threads-37's TYPO3 line 128: PHP 5's `on a non-object`, PHP 7's
// `on null`, one statement). The level a line was printed at moved with the versions too (a
// missing key a `Notice` until PHP 8, a `Warning` since; a method call on null a `Fatal error`
// in PHP 5, a thrown `Error` since PHP 7): the key reads PHP 8's.
//
// What stays apart: the method, property and key are kept (another name is another statement;
// an integer key is masked later like any number, as PHP 8's own was). PHP 5 to 7.1's
// `Trying to get property of non-object` names no property and is left as it is: rewriting it
// would tie it to every property. And only PHP's own errors are read so: a message under a
// thrown class of the application's (`App\Exception\LookupFailed: Undefined index: sku`) is
// the application's words, left as written.

/** The type a PHP engine error is read under: a level PHP printed it at, or the engine's own Error classes. */
const ENGINE_TYPE = /^(?:(?:PHP )?(?:Fatal error|Catchable fatal error|Recoverable fatal error|Warning|Notice|Deprecated)|Error|TypeError|ErrorException)$/i;

/** A level PHP printed an error at (`PHP Notice`, `Fatal error`), the form the PHP parser types a line by. */
const LEVEL_TYPE = /^(?:PHP )?(?:Fatal error|Catchable fatal error|Recoverable fatal error|Warning|Notice)$/i;

/**
 * Each wording, how PHP 8 words it, and how PHP 8 raises it: a warning (`PHP Warning`), or a
 * thrown `Error` (PHP 5 printed the method call as a `Fatal error`, PHP 7 a missing key as a
 * `Notice`: the level moved with the version too, so a level is read as PHP 8's). PHP 8's own
 * wordings are listed as they are, for their level.
 */
/** PHP 7.0-7.2's names of scalar types where PHP 7.3 on and PHP 8 print the keyword. */
const TYPE_KEYWORD: Record<string, string> = { integer: 'int', boolean: 'bool', double: 'float' };
const typeName = (t: string) => TYPE_KEYWORD[t.toLowerCase()] ?? t;
/** The type of a value given or returned, as PHP 8 prints it: an object by its class alone. */
const givenName = (g: string) => typeName(g.replace(/^instance of /, ''));
/** A function as PHP prints it in these messages: a name, a method, a closure. */
const FUNCTION = String.raw`(\{closure\}|[\w\\]+(?:::[\w]+)?)`;
/** The type a message says an argument or return value must have, in PHP 8's words: a nullable type with `?`. */
const required = (kind: string, type: string, orNull: string | undefined) => `${orNull ? '?' : ''}${kind === 'be an instance of' || kind === 'implement interface' ? type : typeName(type)}`;

const REWRITES: readonly { pattern: RegExp; rewrite: (...m: string[]) => string; raised: 'PHP Warning' | 'Error' | 'TypeError' }[] = [
  { pattern: /^(Call to a member function [\w\\]+\(\)) on a non-object\b/i, rewrite: (_m, head) => `${head} on null`, raised: 'Error' },
  { pattern: /^Call to a member function [\w\\]+\(\) on (?:null|bool|string|int|float|array|resource)\b/i, rewrite: (m) => m, raised: 'Error' },
  { pattern: /^Trying to get property '([^']*)' of non-object\b/i, rewrite: (_m, name) => `Attempt to read property "${name}" on null`, raised: 'PHP Warning' },
  { pattern: /^Attempt to assign property '([^']*)' of non-object\b/i, rewrite: (_m, name) => `Attempt to assign property "${name}" on null`, raised: 'Error' },
  { pattern: /^Attempt to read property "[^"]*" on /i, rewrite: (m) => m, raised: 'PHP Warning' },
  { pattern: /^Attempt to (?:assign|modify|increment|decrement) property "[^"]*" on /i, rewrite: (m) => m, raised: 'Error' },
  { pattern: /^Undefined index: (.*?)(?=$| in \S)/, rewrite: (_m, key) => `Undefined array key "${key}"`, raised: 'PHP Warning' },
  { pattern: /^Undefined offset: (-?\d+)\b/, rewrite: (_m, key) => `Undefined array key ${key}`, raised: 'PHP Warning' },
  { pattern: /^Undefined array key (?:"[^"]*"|-?\d+)/, rewrite: (m) => m, raised: 'PHP Warning' },
  {
    pattern: new RegExp(String.raw`^Argument (\d+) passed to ${FUNCTION}\(\) must (be of the type|be an instance of|implement interface) ([\w\\]+)( or null)?, (instance of [\w\\]+|\w+) given`),
    rewrite: (_m, n, fn, kind, type, orNull, given) => `${fn}(): Argument #${n} must be of type ${required(kind, type, orNull)}, ${givenName(given)} given`,
    raised: 'TypeError',
  },
  {
    pattern: new RegExp(String.raw`^${FUNCTION}\(\) expects parameter (\d+) to be (\w+), (\w+) given`),
    rewrite: (_m, fn, n, type, given) => `${fn}(): Argument #${n} must be of type ${typeName(type)}, ${givenName(given)} given`,
    raised: 'TypeError',
  },
  // PHP 8's own, without the parameter's name no older version printed.
  {
    pattern: new RegExp(String.raw`^${FUNCTION}\(\): Argument #(\d+)(?: \(\$\w+\))? must be of type ([^,]+), ([\w\\]+) given`),
    rewrite: (_m, fn, n, type, given) => `${fn}(): Argument #${n} must be of type ${type}, ${given} given`,
    raised: 'TypeError',
  },
  {
    pattern: new RegExp(String.raw`^Return value of ${FUNCTION}\(\) must (be of the type|be an instance of|implement interface) ([\w\\]+)( or null)?, (instance of [\w\\]+|\w+) returned`),
    rewrite: (_m, fn, kind, type, orNull, given) => `${fn}(): Return value must be of type ${required(kind, type, orNull)}, ${givenName(given)} returned`,
    raised: 'TypeError',
  },
];

export interface EngineWording {
  /** The message's naming line in PHP 8's wording. */
  line: string;
  /** The type to read it under: PHP 8's level where a level (or none) was printed, else the type given. */
  type: string | undefined;
}

/**
 * `line` (a message's naming line) in PHP 8's wording, and its level as PHP 8 raises it, when it
 * is one of PHP's engine errors that versions word or raise differently, read under `type` (see
 * above); else undefined.
 */
export function phpEngineWording(line: string, type: string | undefined): EngineWording | undefined {
  if (type !== undefined && type !== '' && !ENGINE_TYPE.test(type)) return undefined;
  for (const { pattern, rewrite, raised } of REWRITES) {
    const m = pattern.exec(line);
    if (!m) continue;
    const worded = line.slice(0, m.index) + rewrite(...m) + line.slice(m.index + m[0].length);
    // A level PHP printed, or none (a message quoted without it), is the version's: PHP 8's is
    // read. A class (ErrorException, which frameworks wrap any level in; TypeError) is kept.
    const levelOrNone = type === undefined || type === '' || LEVEL_TYPE.test(type) || (type === 'Error' && raised === 'Error');
    return { line: worded, type: levelOrNone ? raised : type };
  }
  return undefined;
}
