// A configured instance's name with its colon opening a log line's message is what the statement
// is about, a value.
//
// Daemons that run many instances of one thing an operator configures write the instance's name
// and a colon before every statement about it: BIRD 2.0's protocols (nest/proto.c, proto/bgp/bgp.c:
// `log(L_… "%s: …", p->p.name)`, its BGP traces `peer_b: Connect delayed by 5 seconds`, errors
// `peer_c: Error: Bad peer AS: 65003`, for every protocol of bird.conf). One statement writes
// every instance's name there, so it is a value, as keepalived's parenthesised instance is
// (parenthesised-subject.ts). Names that differ only in their digits (`bgp1` / `bgp2`) already
// joined (template-tokens.ts differentWords); names of words differed as words and split each
// statement by protocol.
//
// Read only where an operator's identifier is written so: a snake_case name (lower case, two
// parts or more joined by `_`: `peer_b`, `ix_decix`), with its colon, right after the
// line's own header that carries the record's class (values and a level tag: `<date> <TRACE>`,
// `<date> ERROR`), and a word after it (a label before a value, `user_id: 42`, is the
// statement's own). A C function's name opens messages in the same shape (Loghub's Mac:
// `send_datagram_available_ping: pid 445 failed to act on a ping …`, with no header): it names
// the statement, so a line with no level header is not read. A plain word with a colon
// (`error:`, `sshd:`, `x509:`) is the program's label or name and stays; so does a name with a
// capital (`VI_api:`), and a name opening with `_` (`__main__:`, Python's logger of a script).
import { SEVERITY_WORDS } from './severity-words.js';

const INSTANCE_LABEL = /^[a-z][a-z\d]*(?:_[a-z\d]+)+:$/;
// A record's class as a program's own header writes it: `<TRACE>`, `<ERR>`, `[WARN]`, `ERROR`
// (BIRD's log.c writes its classes `<TRACE>`, `<INFO>`, `<RMT>`, `<WARN>`, `<ERR>`, `<AUTH>`,
// `<FATAL>`, `<BUG>` after the time).
const CLASS_TAG = /^(?:<[A-Z]{2,8}>|\[[A-Z]{2,8}\])$/;
// A masked value the parameteriser wrote (`<date>`, `<time>`, `<int>`), alone in its token.
const PLACEHOLDER = /^<[a-z*]{1,13}>$/;

const isLevelTag = (token: string) => CLASS_TAG.test(token) || SEVERITY_WORDS.has(token);
const isPlainWord = (token: string | undefined) => token !== undefined && /^[A-Za-z][A-Za-z'-]*[:,.]?$/.test(token);

/** Whether `tokens[i]` (of a masked log line) is a configured instance's name with its colon, right after the line's level header. */
export function isInstanceLabel(tokens: readonly string[], i: number): boolean {
  if (i === 0 || !INSTANCE_LABEL.test(tokens[i]) || !isPlainWord(tokens[i + 1])) return false;
  let level = false;
  for (let j = 0; j < i; j++) {
    if (isLevelTag(tokens[j])) level = true;
    else if (!PLACEHOLDER.test(tokens[j])) return false;
  }
  return level;
}
