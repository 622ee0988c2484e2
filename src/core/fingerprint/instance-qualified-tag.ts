// A log line's tag that names a library and the instance it logs for (`<library>/<instance>:`),
// whose message names that instance again, says the instance twice: both are one value.
//
// A program that passes a library's own log messages on writes which object of the library spoke
// in its tag: mpd 0.23.12's lib/ffmpeg/LogCallback.cxx logs each av_log message in the domain
// `ffmpeg/<item_name>`, the item name of the AVClass that logged it, which for a demuxer's format
// context is the format's name (programs/mpd, server-logs-44.test.ts). libavformat's format.c then
// writes that same name in its message: `Format %s detected only with low score of %d,
// misdetection possible!`, so `ffmpeg/flac: Format flac …`, `ffmpeg/ogg: Format ogg …` and
// `ffmpeg/mpegts: Format mpegts …` are one statement about three probed files, which differed in
// two words and were three signatures. The instance is a value where the line itself shows it is
// one, written in the tag and again as a word of the message after it; a tag whose instance the
// message does not repeat keeps its words (Go's `net/http: request canceled` and `net/rpc: …` are
// two packages' errors, and `ffmpeg/mpegts: Could not detect TS packet size` is mpegts.c's own).
// Only lower-case names, with the tag's colon; log lines only (an exception's message is read as
// it was).

/** `<library>/<instance>:`, both lower-case names. */
const INSTANCE_QUALIFIED_TAG = /^([a-z][a-z\d_]{0,31})\/([a-z][a-z\d_-]{0,31}):$/;
/** Punctuation a word of a sentence may carry after it (`flac,`). */
const TRAILING_PUNCTUATION = /[,.;:)]+$/;

const instanceOfTag = (token: string | undefined): string | undefined => (token === undefined ? undefined : INSTANCE_QUALIFIED_TAG.exec(token)?.[2]);

/** Whether `tokens[i]` is an instance-qualified tag whose instance a later token of the line repeats. */
export function isRepeatedInstanceTag(tokens: readonly string[], i: number): boolean {
  const instance = instanceOfTag(tokens[i]);
  if (instance === undefined) return false;
  for (let j = i + 1; j < tokens.length; j++) if (tokens[j].replace(TRAILING_PUNCTUATION, '') === instance) return true;
  return false;
}

/** Whether `tokens[i]` repeats the instance an instance-qualified tag earlier in the line names. */
export function repeatsTaggedInstance(tokens: readonly string[], i: number): boolean {
  const word = tokens[i].replace(TRAILING_PUNCTUATION, '');
  if (!word) return false;
  for (let j = 0; j < i; j++) if (instanceOfTag(tokens[j]) === word) return true;
  return false;
}

/** The tag with its instance masked: `ffmpeg/flac:` -> `ffmpeg/<instance>:` as `name` writes the value. */
export const tagWithInstanceMasked = (token: string, name: string): string => token.replace(INSTANCE_QUALIFIED_TAG, `$1/${name}:`);
