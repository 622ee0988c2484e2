// The word that completes a linking verb names a state of the program's own, not a value.
//
// The miner takes a word that held three or more different words at one place of otherwise equal
// log lines for a value (miner.ts `joinValuePosition`: `Failed password for alice` / `… for
// deploy` / `… for root`). Where that place completes a linking verb, `became` or `is`, the word
// says what the subject now is: one of the states the program knows, each written by its own
// statement. etcd's raft (raft/raft.go) writes `%x became follower at term %d`,
// `%x became candidate at term %d` and `%x became leader at term %d` from becomeFollower,
// becomeCandidate and becomeLeader; an election shows all three within seconds, and they were
// joined as one statement with a value. A value a line carries follows the preposition or noun
// that names it (`for`, `user`, `from`), so a place right after a linking verb is left to the
// words themselves (the veto keeps two of them apart as it keeps `VM Started` / `VM Paused`).

const LINKING = new Set(['is', 'are', 'was', 'were', 'became', 'becomes', 'become', 'becoming', 'remains', 'remained', 'stays', 'stayed']);

/** Whether `previous` is a linking verb, so the word after it names a state (see above). */
export function completesLinkingVerb(previous: string | undefined): boolean {
  return previous !== undefined && LINKING.has(previous.toLowerCase());
}
