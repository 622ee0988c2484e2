// The word after a linking verb names a state of the program's own, not a value, however many
// of them one place holds (linking-verb.ts). Real lines: etcd 3.4.23's zap JSON log
// (test/fixtures/fingerprint/programs/etcd, server-logs-8.test.ts), raft/raft.go's
// becomeFollower, becomeCandidate and becomeLeader (`%x became follower|candidate|leader at term
// %d`), which an election writes within a second and the miner joined as one statement once the
// third role came.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

const zap = (caller: string, msg: string) => JSON.stringify({ level: 'info', ts: '2026-12-05T11:32:52.091Z', caller, msg });

describe('the word that completes a linking verb', () => {
  it("etcd raft's became follower / candidate / leader are three statements", () => {
    const f = createFingerprinter();
    const log = (body: string) => f.fingerprint({ source: 'log', service: 'etcd', body }).fingerprint;
    const follower = log(zap('raft/raft.go:706', '9e737febb6b99eee became follower at term 0'));
    expect(log(zap('raft/raft.go:706', '9e737febb6b99eee became follower at term 1'))).toBe(follower);
    const candidate = log(zap('raft/raft.go:719', '9e737febb6b99eee became candidate at term 2'));
    const leader = log(zap('raft/raft.go:771', '9e737febb6b99eee became leader at term 2'));
    expect(new Set([follower, candidate, leader]).size).toBe(3);
    expect(log(zap('raft/raft.go:719', '9e737febb6b99eee became candidate at term 3'))).toBe(candidate);
  });

  it('near miss: a word after a preposition still becomes a value at its third word', () => {
    // OpenSSH 9.2's sshd (test/fixtures/fingerprint/sshd-auth.ndjson, E7): one statement, three users
    const f = createFingerprinter();
    const log = (body: string) => f.fingerprint({ source: 'log', service: 'sshd', body });
    const alice = log('Failed password for alice from 127.0.0.1 port 34326 ssh2');
    log('Failed password for deploy from 127.0.0.1 port 34332 ssh2');
    const root = log('Failed password for root from 127.0.0.1 port 34342 ssh2');
    expect(root.aliases.includes(alice.fingerprint) || root.fingerprint === alice.fingerprint).toBe(true);
    expect(log('Failed password for alice from 127.0.0.1 port 34346 ssh2').fingerprint).toBe(root.fingerprint);
  });
});
