// The line a relay passes on, logged in brackets after the direction it went: one value.
//
// ZNC 1.8.2 with debugging on logs every line it relays, `(%s/%s) IRC -> ZNC [%s]` as it reads
// one from the IRC server (src/IRCSock.cpp, CIRCSock::ReadLine), `ZNC -> IRC`, `CLI -> ZNC` and
// `ZNC -> CLI` the other ways (src/IRCSock.cpp PutIRCRaw, src/Client.cpp ReadLine, PutClient,
// PutModule): `[CAP LS]`, `[:irc.test.local 001 alice :Welcome to …]`, `[PASS alice/local:<censored>]`
// (programs/znc, server-logs-56.test.ts). Read word by word, each protocol line was a template of
// its own: 476 lines of five statements in over a hundred signatures. What says the bracket holds a
// line relayed is the direction before it: two endpoint names in capitals with an arrow between
// (`IRC -> ZNC`, `CLI <- SRV`), the first right after the sender in parentheses or brackets (or
// opening the line), and the bracket closing the line, whatever it holds (a relayed line may hold
// brackets of its own, or none closed). Only so: an arrow between states a line goes on to name
// (`link state UP -> DOWN [carrier lost]`: after a word, the reason is the program's or its
// peer's message), lower-case or mixed-case names (`up -> down [x]`), one name twice, and a
// bracket the line goes on after (`IRC -> ZNC [x] dropped`) stay as they are.

// An endpoint's name as a relay logs it: one short word in capitals.
const ENDPOINT = /^[A-Z]{2,8}$/;
const ARROW = /^(?:->|<-|=>|<=|-->|<--)$/;
// What may stand before the direction: the sender in parentheses or brackets.
const SENDER = /^[([].*[)\]]:?$/;
// A value the masking put in place of the line's last token, which may have taken the closing
// bracket with it (`https://znc.in]` is `<url>`).
const MASKED = /^<[a-z_]+>$/;

/** Where the relayed line opening at `tokens[i]` ends (the line's last index), or -1. */
export function relayedLineEnd(tokens: readonly string[], i: number): number {
  if (i < 3 || i >= tokens.length || !tokens[i].startsWith('[')) return -1;
  const [from, arrow, to] = [tokens[i - 3], tokens[i - 2], tokens[i - 1]];
  if (!ENDPOINT.test(from) || !ENDPOINT.test(to) || from === to || !ARROW.test(arrow)) return -1;
  if (i > 3 && !SENDER.test(tokens[i - 4])) return -1;
  const last = tokens.length - 1;
  if (tokens[last].endsWith(']')) return last;
  return MASKED.test(tokens[last]) && stillOpen(tokens, i, last) ? last : -1;
}

/** Whether the bracket opening at `tokens[i]` is still open before `tokens[last]` (a masked value closing it). */
function stillOpen(tokens: readonly string[], i: number, last: number): boolean {
  let depth = 0;
  for (let j = i; j < last; j++) {
    for (const c of tokens[j]) {
      if (c === '[') depth++;
      else if (c === ']' && --depth === 0) return false;
    }
  }
  return depth > 0;
}

/** Whether `tokens[i]` is the sender in parentheses or brackets before a relayed line: a value too. */
export function isRelayedLineSender(tokens: readonly string[], i: number): boolean {
  return SENDER.test(tokens[i]) && relayedLineEnd(tokens, i + 4) > 0;
}
