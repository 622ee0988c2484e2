// The line of a log body the miner reads. A record's first line holds its message, but a program
// that writes a message opening with a line break leaves only its line head there: coturn 4.6.1's
// simple log writes `<seconds>: : ` and then its start-up banner's `\nRFC 3489/5389/… STUN/TURN
// Server\nVersion …`, `\nMax number of open files/sockets allowed …` (programs/coturn,
// server-logs-19.test.ts). Read alone, every such record was the bare head, one template for all
// of them and for the empty message between them. A first line without a single letter says
// nothing of what happened (a time, a counter, punctuation), so the message is that head with the
// next line that is not blank. A first line with any word keeps the rest of the record out, as
// it always did: the lines after a message are its details, not its shape.
import { firstLine, firstNonBlankLine } from './stock-text.js';

const LETTER = /[A-Za-z]/;

/** The first line of `text`, joined with the next non-blank line when it holds no letter at all. */
export function messageFirstLine(text: string): string {
  const first = firstLine(text);
  if (LETTER.test(first)) return first;
  const nl = text.indexOf('\n');
  if (nl < 0) return first;
  const next = firstNonBlankLine(text.slice(nl + 1));
  return next ? `${first} ${next}`.trim() : first;
}
