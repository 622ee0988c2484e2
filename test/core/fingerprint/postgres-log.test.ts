// A real PostgreSQL 15 server's log (programs/postgres/generate.sh): the errors applications
// cause, each record with the server's prefix (`%m [%p] %u@%d`). Labelled by reading
// (postgres-server.ndjson, `group`): a violated constraint, a missing relation or column, a
// database that does not exist is named by its quoted identifier and is its own failure; the
// login name after `user`, the input text after `type integer:` are values.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { groupingAccuracy, resolveAliases } from '../../helpers/loghub.js';

const rows = readFileSync(new URL('../../fixtures/fingerprint/postgres-server.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { group: string; body: string });

describe("a real PostgreSQL server's log", () => {
  it('each failure is one signature and no two share one', () => {
    const fp = createFingerprinter();
    const predicted = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'postgres', body: r.body })));
    expect(groupingAccuracy(rows.map((r) => r.group), predicted)).toBe(1);
  });

  it('the input a type could not read is a value: `type integer: "abc"` and `"x7"` are one failure', () => {
    const [abc, x7] = rows.filter((r) => r.group === 'INT');
    const fp = createFingerprinter();
    expect(fp.fingerprint({ source: 'log', service: 'postgres', body: x7.body }).fingerprint).toBe(fp.fingerprint({ source: 'log', service: 'postgres', body: abc.body }).fingerprint);
  });
});
