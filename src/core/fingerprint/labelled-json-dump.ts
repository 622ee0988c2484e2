// A JSON object a log line dumps after a label (`Dump for 'offer' from <ip>:<int>: { "call-id":
// …, "command": "offer", "sdp": "…" }`): one value, from its `{` to the `}` that closes it.
//
// A program that logs a request or a response it handled prints the dictionary whole, its keys
// those that request happened to carry: rtpengine 10.5.3.5's control_ng.c logs `Dump for '%.*s'
// from %s: %s` and `Response dump for '%.*s' to %s: %s` with the ng message as JSON, and each
// message's keys made a template of their own (programs/rtpengine, server-logs-55.test.ts: 18 and 8
// signatures for 41 and 27 records). The keys are the dumped object's, not the statement's text.
//
// Only an object after a label (the token before it ends in `:`, not a quoted key of an enclosing
// object) in a sentence (a lower-case word before the object: `Dump for …`, `payload:`), opening
// with a quoted key (`{ "key":` or `{"key":`), as a JSON serialiser writes one. A JSON record that
// is the line's message (Sidekiq's `WARN: {"context":"Job raised exception",…}` after its time,
// pid and level; Samba's audit records, whose nested objects follow their keys) is read as
// before, and so are a brace after a word and an object with bare keys (Go's `{Name:foo}`, a
// template's `{name}`). The object ends at the
// brace that closes it (strings skipped); words after it are read as before, and an object the
// message was cut inside runs to the end. Log lines only: an exception's message is read as it was.
//
// Not an object that reports a failure: a key naming an error, exception, failure or fault (or its
// reason, message or type) with a text or an object as its value. That object is what failed, and
// its words tell one failure from another: monstache logs each item Elasticsearch's bulk API
// refused as `Bulk response item: {"_index":…,"status":429,"error":{"type":"cluster_block_exception",
// "reason":"… flood-stage watermark …"}}` (test/fixtures/incidents/round-48.ts), and a mapping
// conflict would share its signature if the dump were one value. A counter of errors (rtpengine's
// `"errors": 0` in its call statistics) reports none.

/** A token opening the object, with its first quoted key (`{"call-id":`) or alone (`{`). */
const OPENS_WITH_KEY = /^\{"[^"\s]{1,64}":/;
const QUOTED_KEY = /^"[^"\s]{1,64}":/;
/** A member reporting a failure: its key names one, its value is a text or an object (see above). */
const FAILURE_MEMBER = /"(?:error|exception|failure|fault)(?:[-_ ]?(?:reason|message|msg|type|description))?":\s?[{"]/i;
/** A lower-case word of a sentence (`for`, `payload:`). */
const SENTENCE_WORD = /^[a-z][a-z-]{1,30}[:,]?$/;
/** Tokens before the object searched for a sentence word. */
const MAX_SENTENCE_LOOKBACK = 12;

/** The index of the token closing a labelled JSON dump opening at `i`, or -1 when none opens there. */
export function labelledJsonDumpEnd(tokens: readonly string[], i: number): number {
  if (i === 0 || !tokens[i - 1].endsWith(':') || tokens[i - 1].startsWith('"')) return -1;
  let sentence = false;
  for (let j = i - 1; j >= 0 && j >= i - MAX_SENTENCE_LOOKBACK && !sentence; j--) sentence = SENTENCE_WORD.test(tokens[j]);
  if (!sentence) return -1;
  const token = tokens[i];
  const opens = token === '{' ? i + 1 < tokens.length && QUOTED_KEY.test(tokens[i + 1]) : OPENS_WITH_KEY.test(token);
  if (!opens) return -1;
  let depth = 0;
  let quoted = false;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j];
    for (let k = 0; k < t.length; k++) {
      const c = t[k];
      if (quoted) {
        if (c === '\\') k++;
        else if (c === '"') quoted = false;
      } else if (c === '"') quoted = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) return reportsFailure(tokens, i, j) ? -1 : j;
      }
    }
  }
  return reportsFailure(tokens, i, tokens.length - 1) ? -1 : tokens.length - 1;
}

/** Whether the object in tokens[from..to] holds a member reporting a failure (FAILURE_MEMBER). */
function reportsFailure(tokens: readonly string[], from: number, to: number): boolean {
  return FAILURE_MEMBER.test(tokens.slice(from, to + 1).join(' '));
}
