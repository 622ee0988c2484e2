// A value leading a message whose line ends in the statement's source location (docs/fingerprinting.md,
// "A value of several words").
//
// Some programs print a name before the message and the statement's own file and line after it:
// Transmission's daemon writes each message as `[<time>] [<name> ]<message> (<file>:<line>)`
// (its daemon.c printMessage, `tr_logAddMessage`'s __FILE__ and __LINE__), the name a torrent's
// — a file name as people write them, one word or several (`refused-data.bin`, `Sintel [open
// movie] 720p.mp4`) — or a subsystem's. A variable run of the template miner (variable-run.ts)
// needs a constant word on each side, and here nothing constant comes before the name: the time
// is a value, and a one-word name joins it in one token (adjacent values are one,
// template-tokens.ts). The source location at the line's end stands in for the missing anchor:
// it names the code that wrote the line (template-tokens.ts isSourceLocation; its line number
// masked, so the file alone), and the message's words before it agree. So two lines of different
// lengths that agree on a suffix ending in a source location, with a word of the message before
// it, and hold values alone before their differing run, are one statement, the run opening the
// template (`<**> Queued for verification (verify.c:<int>)`). As for any run, what shows the place
// is a value's is the shorter line's one value there (the time with a one-word name), and a word
// stating a failure or an operation in the run keeps the lines apart (variable-run.ts) — but for a
// capitalised word with more of the run after it: people name files in title case (`Big Buck
// Bunny (2008) 1080p.mkv`, `Open Source Documentary Collection.tar`), and a word of the message
// would stand at the run's end, next to the words that agree. Near
// misses stay apart: two messages of one file (`Pausing` / `Removing torrent (torrent.c:<int>)`),
// whose agreeing suffix is the location alone; a statement printing a message it was given
// (`%s`: announcer.c's `Could not connect to tracker` / a tracker's `torrent not registered
// here`); a line with no location; a line with a word before its run (variable-run.ts's own case).
import { isParameter, isSourceLocation } from './template-tokens.js';

/**
 * Whether `tokens[from, to)`, the constant suffix after a variable run, ends in a source location
 * with a constant word before it: see the file's header.
 */
export function endsInLocatedMessage(tokens: readonly string[], from: number, to: number): boolean {
  if (to - from < 2 || !isSourceLocation(tokens[to - 1])) return false;
  for (let i = from; i < to - 1; i++) if (!isParameter(tokens[i])) return true;
  return false;
}

/** A capitalised word (`Big`, `Open`): in a located lead's run, a word of a name in title case (see the header). */
export function isTitleWord(token: string): boolean {
  return /^[A-Z][a-z]+$/.test(token);
}
