// Go's conversion of a slice to an array or array pointer panics when the slice is shorter than
// the array (the specification, "Conversions from slice to array or array pointer"); the runtime
// words it `runtime error: cannot convert slice with length <len> to array or pointer to array
// with length <n>` (runtime/error.go, boundsConvert; Go 1.26, checked). The slice's length is the
// data that reached the statement; the array's is the length of the type the program converts to
// (`[4]byte(frame)`, `(*[2]byte)(rest)`), a constant of that statement. Masked as a number like
// the other, two conversions of one function — a frame's header and its checksum — were one
// signature (programs/go-bugs-23, bugs-23-programs.test.ts). So the array's length is spelled in
// letters as one word (`ArrayLen_o` for 4, each digit as a letter: 0 → k … 9 → t, as
// go-time-layout.ts spells a layout) before values are masked; the slice's stays a number. The
// word is capitalised, as the program's own vocabulary is, so the miner never takes two lengths
// for one place's values (miner.ts NAME_LIKE), and two lengths veto a message's join
// (template-tokens.ts differentFailureWords, differentMessageWords).

const CONVERSION = /(cannot convert slice with length \d{1,19} to array or pointer to array with length )(\d{1,19})/g;

/** `text` with the array length of every Go slice-to-array conversion panic in it written as a name (see above). */
export function withGoArrayLengthNamed(text: string): string {
  if (!text.includes('cannot convert slice with length ')) return text;
  return text.replace(CONVERSION, (_m, head: string, n: string) => `${head}ArrayLen_${n.replace(/\d/g, (d) => String.fromCharCode(107 + Number(d)))}`);
}

/** A length withGoArrayLengthNamed wrote. */
const NAMED_ARRAY_LENGTH = /^ArrayLen_[k-t]{1,19}$/;

/** Two different lengths withGoArrayLengthNamed wrote: two statements' types, never one place's values. */
export function differentArrayLengths(a: string, b: string): boolean {
  return a !== b && NAMED_ARRAY_LENGTH.test(a) && NAMED_ARRAY_LENGTH.test(b);
}
