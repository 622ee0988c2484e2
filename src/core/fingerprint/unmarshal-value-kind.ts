// The kind of JSON value Go's encoding/json could not decode is what the client sent, a value of
// the line that quotes the error.
//
// *json.UnmarshalTypeError's text is `json: cannot unmarshal <kind> into Go struct field
// <Struct>.<field> of type <type>` (or `… into Go value of type <type>`), where <kind> is `string`,
// `bool`, `array`, `object`, `number` or `number <literal>` (encoding/json's decode.go, Go 1.26.8,
// checked: UnmarshalTypeError.Value). The field and its type are the struct's declaration, code; the
// kind is the document's. A span of that type already keeps only the field and the type
// (code-in-message.ts); a log line quoting the error kept the kind as a word, so one decoding
// statement logged for a weight sent as text and as a boolean was two signatures
// (programs/go-bugs-21, bugs-21-programs.test.ts). The literal after `number` is a number, masked
// already.
//
// Read only in that frame: the word right after `cannot unmarshal`, one of encoding/json's kinds,
// with `into Go` after it (after the literal, for `number`). Another word there (`cannot
// unmarshal config`), a kind without `into Go` after it, or another decoder's sentence keep their
// words.

const KINDS = new Set(['string', 'number', 'bool', 'array', 'object']);

/** Whether `tokens[i]` (of a masked log line) is the JSON kind in encoding/json's `cannot unmarshal <kind> into Go …`. */
export function isUnmarshalValueKind(tokens: readonly string[], i: number): boolean {
  if (i < 2 || tokens[i - 1] !== 'unmarshal' || tokens[i - 2].toLowerCase() !== 'cannot' || !KINDS.has(tokens[i])) return false;
  const into = tokens[i + 1] === 'into' ? i + 1 : tokens[i] === 'number' && tokens[i + 2] === 'into' ? i + 2 : -1;
  return into > 0 && tokens[into + 1] === 'Go';
}
