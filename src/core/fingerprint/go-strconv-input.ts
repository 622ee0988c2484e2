// Go's strconv reports input it cannot read as *strconv.NumError, whose text is `strconv.<Func>:
// parsing <input quoted by strconv.Quote>: <reason>` (strconv/atoi.go, NumError.Error; Go 1.26,
// checked). The quoted input is one value, whatever it holds; but a value with a space in it
// (`parsing "EUR 2.50"`) was cut into two tokens, one of them the word `"EUR`, and one statement's
// error split by what the user typed (programs/go-bugs-23, importLine). Its spaces are joined
// before values are masked, so the input reads as one quoted value as `"4,99"` does. Only after
// `strconv.<Func>: parsing `, in a message or in a log line that quotes it (where its quotes are
// JSON-escaped, `\"`).

const NUM_ERROR_INPUT = /(strconv\.[A-Z]\w{1,20}: parsing (\\?"))([^"\\\n]{0,200}?)(\2: )/g;

/** `text` with the spaces of every strconv.NumError's quoted input joined (see above). */
export function withGoStrconvInputJoined(text: string): string {
  if (!text.includes('strconv.')) return text;
  return text.replace(NUM_ERROR_INPUT, (_m, head: string, _q: string, input: string, tail: string) => `${head}${input.replace(/\s+/g, '_')}${tail}`);
}
