// A list as a key's value, written with spaces between its members, is one value
// (bracketed-value.ts). Real lines: etcd 3.4.23's zap JSON log (test/fixtures/fingerprint/
// programs/etcd, server-logs-8.test.ts), raft/raft.go's `%x switched to configuration %s` with
// the configuration as `voters=(…)`: empty at start, one voter, then two once a member was added.
// Each length was a template of its own.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'etcd', body });
const zap = (msg: string) => JSON.stringify({ level: 'info', ts: '2026-12-05T11:32:51.190Z', caller: 'raft/raft.go:1523', msg });
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('a list as the value of a key', () => {
  it("etcd raft's voters=(…) of none, one and two members is one statement", () => {
    const f = createFingerprinter();
    const none = log(f, zap('9e737febb6b99eee switched to configuration voters=()'));
    const one = log(f, zap('9e737febb6b99eee switched to configuration voters=(11417610130673999598)'));
    const two = log(f, zap('9e737febb6b99eee switched to configuration voters=(11417610130673999598 15857210243324613823)'));
    expect(one.fingerprint).toBe(none.fingerprint);
    expect(two.fingerprint).toBe(none.fingerprint);
    expect(tokens('9e737febb6b99eee switched to configuration voters=(11417610130673999598 15857210243324613823)')).toEqual(tokens('9e737febb6b99eee switched to configuration voters=()'));
    // the words after the closing bracket are the line's own again
    expect(tokens('switched to configuration voters=(1 2) learners=() after change')).toEqual(['switched', 'to', 'configuration', 'voters=<*>', 'learners=<*>', 'after', 'change']);
  });

  it('near misses: a value closed in its own token, a bracket that is not a key’s value, a stray bracket', () => {
    // closed in its own token: as before, `key=<*>`
    expect(tokens('switched to configuration voters=(1)')).toEqual(['switched', 'to', 'configuration', 'voters=<*>']);
    // raft's newRaft line: brackets that are no key's value keep their words (raft/raft.go:389)
    expect(tokens('newRaft 9e737febb6b99eee [peers: [], term: 0, commit: 0, applied: 0, lastindex: 0, lastterm: 0]')).toContain('term:');
    // Apple's NSError userInfo in braces (Loghub Mac, E285/E286): its words tell the failures apart
    const timedOut = tokens('PBRequester failed with Error Error Domain=NSURLErrorDomain Code=-1001 "The request timed out." UserInfo={NSUnderlyingError=0x7fe133460660 {Error Domain=kCFErrorDomainCFNetwork Code=-1001 "The request timed out." UserInfo={NSLocalizedDescription=The request timed out.}}');
    expect(timedOut).toContain('out.}}');
    // words in brackets after a key are a text, not a list of values
    expect(tokens('sync failed reason=(account identity not set) retry=3')).toContain('identity');
    // an opening bracket never closed within the span is a stray one: the words after it stay
    const stray = tokens(`state=(broken ${'word '.repeat(40)}end`);
    expect(stray).toContain('end');
  });
});
