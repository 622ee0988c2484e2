// A 128-bit id written in URL-safe base64 without padding (RFC 4648 section 5: 22 characters):
// Kafka's topic, directory and cluster ids (org.apache.kafka.common.Uuid.toString,
// `Xs_euDS0Stq8S38mcm24Xw`) and other uuids written short. parameterize.ts masks ids written in
// hex (single case) and uuids; this one was left as a word, and one statement (`Replayed
// TopicRecord for topic orders with topic ID …`) was one template per topic.
//
// Only this length: an id of one position must be read the same way every time, or its lines
// split between a value and a word (Exim's shorter base-62 message ids, which the miner already
// joins as words, were split so). Such an id is told from a name by the words it splits into
// as a name written in camel case would (a capital and its small letters, a run of capitals, a
// run of digits): a name of 22 characters has a few long words (`maxTaskFailuresPerNode`, five;
// `ExitOnOutOfMemoryError`, six; `Http2ConnectionHandler`, four), 22 characters drawn at random
// split into many short ones (`yBykeiviQTia7qbOBl4x6Q`: y, Bykeivi, Q, Tia, 7, qb, O, Bl, 4, x,
// 6, Q). Of ids drawn at random about one in a hundred has fewer than MIN_WORDS; no name of 22
// characters in the project's fixtures has as many.

const LENGTH = 22;
/** Camel-case words from which 22 characters read as drawn at random. */
const MIN_WORDS = 8;
const ID_CHARS = /^[A-Za-z0-9_-]{22}$/;
/** Punctuation a token may carry around an id (`ID yBykeiviQTia7qbOBl4x6Q.`, `(…)`, `…,`; grouped-key-id.ts too). */
export const ID_EDGES = /^[("'[]{0,2}|[)"'\]}.,;:]{0,3}$/g;
/** A camel-case word: a capital and its small letters, a run of capitals before another word, a run of digits. */
const CAMEL_WORD = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g;

/** Whether `token` (edge punctuation aside) is a 128-bit id in URL-safe base64 (see above). */
export function isRandomId(token: string): boolean {
  if (token.length < LENGTH) return false;
  const core = token.length === LENGTH ? token : token.replace(ID_EDGES, '');
  if (!ID_CHARS.test(core) || !/[A-Z]/.test(core) || !/[a-z]/.test(core)) return false;
  return (core.match(CAMEL_WORD)?.length ?? 0) >= MIN_WORDS;
}
