// A Windows path with spaces in it, read as one value.
//
// Windows allows spaces in a file or folder name, and its own folders have them (`C:\Program
// Files\…`, `…\AppData\Roaming\Digital Creations AS\MaxTo 15.11.1\…`). The parameteriser masks a
// path as far as the first space (parameterize.ts: a path is one whitespace token), so the rest
// of the path stayed in the line as words and backslashed tokens (`<path> Files\Common
// Files\foo.dll`): one statement had another template, and another token count, for each path
// that held a space. Windows Installer's `SECREPAIR: Failed to open the file:%s …` was two
// signatures for one folder with spaces and one without.
//
// After a masked path, the tokens up to the last that holds a backslash are the path's, when
// each such token comes within `GAP` tokens of the one before and no word between them states a
// condition or is grammar (failure-words.ts): `C:\x\y not found in \\srv\share` keeps its words.
import { isFailureWord } from './failure-words.js';

/** Tokens without a backslash a name between two of a path's may have (`Digital Creations AS\MaxTo`). */
const GAP = 3;
const PATH_END = /<path>["'`)\],;:]{0,3}$/;
const EDGES = /^["'`(\[]{1,3}|["'`)\],;:.!?]{1,4}$/g;

/** The index of the last token of the path that `tokens[at]` starts (see above), or `at` when it goes no further. */
export function windowsPathEnd(tokens: readonly string[], at: number): number {
  if (!PATH_END.test(tokens[at])) return at;
  let end = at;
  for (let j = at + 1; j < tokens.length && j - end <= GAP; j++) {
    const t = tokens[j];
    if (t.includes('\\')) {
      end = j;
      continue;
    }
    if (isFailureWord(t.replace(EDGES, ''))) break;
  }
  return end;
}
