// A word with an ellipsis after it is a word (template-tokens.ts WORD). Real lines: HikariCP 6.3.0's
// HikariDataSource through Log4j2's PatternLayout (programs/hikaricp, server-logs-15.test.ts):
// `{} - Shutdown initiated...` and `{} - Shutdown completed.`, two statements one word apart, were
// one signature while `initiated...` was no word.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'ledger', body }).fingerprint;
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('a word with an ellipsis after it', () => {
  it("HikariCP's shutdown under way and shutdown completed are two signatures", () => {
    const f = createFingerprinter();
    const initiated = log(f, '2026-12-05 23:10:16.289 INFO  [main] com.zaxxer.hikari.HikariDataSource - main - Shutdown initiated...');
    const completed = log(f, '2026-12-05 23:10:16.306 INFO  [main] com.zaxxer.hikari.HikariDataSource - main - Shutdown completed.');
    expect(completed).not.toBe(initiated);
  });

  it('near misses: one statement about two pools, a host or a count before the ellipsis', () => {
    const f = createFingerprinter();
    // the pool's name is a value as before: one statement about three pools, one signature
    const starting = ['orders', 'billing', 'audit'].map((pool) => f.fingerprint({ source: 'log', service: 'ledger', body: `2026-12-05 23:09:17.844 INFO  [main] com.zaxxer.hikari.HikariDataSource - ${pool} - Starting...` }));
    expect(new Set(resolveAliases(starting)).size).toBe(1);
    // a dotted host before an ellipsis is still a name, a number still a value
    expect(tokens('Connecting to db.example.com...')).toEqual(['Connecting', 'to', '<hostname>...']);
    expect(tokens('retrying in 5...')).toEqual(['retrying', 'in', '<int>...']);
    // a word's own one punctuation mark as before
    expect(tokens('Shutdown completed.')).toEqual(['Shutdown', 'completed.']);
  });
});
