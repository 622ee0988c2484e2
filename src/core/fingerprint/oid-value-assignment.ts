// An object identifier's value assignment as a MIB writes it, `<descriptor> ::= { <parent> <n> }`:
// the descriptor and the parent are names a MIB module defines, values of the line quoting them.
//
// SMIv2 (RFC 2578 section 3, ASN.1's value assignment, X.680 clause 16) gives every object its
// OID as `descriptor OBJECT-TYPE … ::= { parent subidentifier }`; Net-SNMP's MIB parser quotes
// that assignment back when it cannot link one: 5.9.3's parse.c `Unlinked OID in %s: %s ::= { %s
// %ld }` (do_linkup) and `Cannot adopt OID in %s: %s ::= { %s %ld }` (adopt_orphans), one line per
// object of a module whose imports are missing (programs/snmpd, server-logs-47.test.ts). As words,
// the fifteen objects NET-SNMP-PASS-MIB could not adopt were six signatures, one per parent.
//
// Read only in that frame: a name right before `::=` then `{`, or right after `::= {` with
// subidentifiers (numbers, masked) and `}` after it. A grammar's production (`expr ::= term`) has
// no braces; a brace after `::=` with words in it (`::= { a b }`) is no OID.
const DESCRIPTOR = /^[A-Za-z][\w-]{0,127}$/;
const SUBIDENTIFIER = '<int>';

/** Whether `tokens[i]` (of a masked log line) is the descriptor or the parent of `<descriptor> ::= { <parent> <n> … }`. */
export function isOidAssignmentName(tokens: readonly string[], i: number): boolean {
  if (!DESCRIPTOR.test(tokens[i])) return false;
  if (tokens[i + 1] === '::=' && tokens[i + 2] === '{') return closesOidValue(tokens, i + 3);
  return i >= 2 && tokens[i - 1] === '{' && tokens[i - 2] === '::=' && closesOidValue(tokens, i);
}

/** Whether the parent at `tokens[parent]` is followed by one subidentifier or more, then `}`. */
function closesOidValue(tokens: readonly string[], parent: number): boolean {
  if (!DESCRIPTOR.test(tokens[parent] ?? '')) return false;
  let j = parent + 1;
  while (tokens[j] === SUBIDENTIFIER) j++;
  return j > parent + 1 && tokens[j] === '}';
}
