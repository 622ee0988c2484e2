// A name closed by a bracket and the punctuation after it (`(class main):`) at the one place
// where otherwise equal log lines differ: once that place has held three names it holds a value,
// as a bare name's place does (miner.ts CLOSED_NAME, VALUE_WORDS). Found in InspIRCd 3.15's log
// (programs/inspircd, server-logs-32.test.ts): users.cpp's `Client connecting on port %d (class
// %s): …` was one signature per connect class.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (bodies: string[]) => {
  const fp = createFingerprinter();
  return new Set(resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'ircd', body })))).size;
};
const line = (cls: string) => `CONNECT: Client connecting on port 6667 (class ${cls} Test user`;

describe('a name closed by a bracket', () => {
  it("real: InspIRCd's connect lines of four classes are one signature", () => {
    const rows = loadServerLog('inspircd.ndjson').filter((r) => r.group.includes('FullConnect'));
    expect(new Set(rows.map((r) => /\(class (\w+)\)/.exec(r.body)![1]))).toEqual(new Set(['main', 'guarded', 'short', 'clones']));
    expect(signatures(rows.map((r) => r.body))).toBe(1);
    expect(signatures([line('main):'), line('guarded):'), line('clones):')])).toBe(1);
  });

  it('near misses: two names, names closed otherwise, and failure words stay apart', () => {
    expect(signatures([line('main):'), line('guarded):')])).toBe(2);
    expect(signatures([line('main):'), line('guarded)'), line('clones),')])).toBe(3);
    expect(signatures([line('failed):'), line('refused):'), line('denied):')])).toBe(3);
    expect(signatures([line('Main):'), line('Guarded):'), line('Clones):')])).toBe(3);
  });
});
