// PHP's trace as a string, run into the text of a message: Exception::getTraceAsString() prints
// one frame a line, `#0 /app/src/Loader.php(313): Ns\Loader->prepare()`, `#1 [internal function]:
// Ns\Api->archive()`, and a program that appends it to a message it logs or returns loses the line
// breaks (Matomo's PluginsArchiver rethrows `<message> - in plugin <name>. <trace>`, and
// core:archive logs the API's JSON answer on one line, the trace JSON-escaped: matomo-org/matomo
// #22010, threads-33). The frames are the call path of one run and its paths the host's; the
// message is what comes before them. Read as words, the trace made every path and call path its
// own template, and the same error pasted without its trace (cut after `#0`) another.
// So from the frame that opens it to the end of the text, none of it is the message: a `#N`
// (masked to `#<int>` by then) followed by a frame's place, `file(<int>):` or `[internal
// function]:`, or a `#N` that ends the text right after a sentence's end (`… Actions. #0`, the
// trace cut off where it began). A `#N` elsewhere stays a word of the message: an issue or item
// number (`ticket #<int> closed`, `failed on shard #<int>`).

const FRAME_NUMBER = /^#<int>$/;
/** A frame's place: the file and its line (`Loader.php(<int>):`, JSON-escaped slashes and all). */
const FRAME_PLACE = /\(<int>\):$/;
const SENTENCE_END = /[.!?]$/;

/** Whether `tokens[i]` opens a PHP trace run into the message (see above): nothing from it on is the message's. */
export function opensInlinedPhpTrace(tokens: readonly string[], i: number): boolean {
  if (!FRAME_NUMBER.test(tokens[i])) return false;
  const next = tokens[i + 1];
  if (next === undefined) return i > 0 && SENTENCE_END.test(tokens[i - 1]);
  return FRAME_PLACE.test(next) || (next === '[internal' && tokens[i + 2] === 'function]:');
}
