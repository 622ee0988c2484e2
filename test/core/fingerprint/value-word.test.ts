// A quoted text between `value` and `for` in a log line is the value (value-word.ts): found in
// PgBouncer 1.18's refusals of a reloaded configuration (programs/pgbouncer, server-logs-22.test.ts),
// where lib/usual/cfparser.c's `invalid value "%s" for parameter %s in configuration (%s:%d)` was
// four signatures: a quoted word (`"many"`) and quoted connection strings of several lengths.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe('a quoted text between value and for', () => {
  it('is one value in a log line, of one class whether it holds a word or several', () => {
    expect(templateTokens('ERROR invalid value "many" for parameter max_client_conn', 40).slice(0, 5)).toEqual(['ERROR', 'invalid', 'value', '<*>', 'for']);
    expect(templateTokens('ERROR invalid value "host=<ip> dbname" for parameter nameless', 40).slice(0, 5)).toEqual(['ERROR', 'invalid', 'value', '<*>', 'for']);
  });

  it('near misses: without for, after other words, or a request line not after value, it is read as before', () => {
    expect(templateTokens('the value "ListenPort" is wrong', 40)).toContain('"ListenPort"');
    expect(templateTokens('invalid setting "many" for parameter x', 40)).toContain('"many"');
    expect(templateTokens('invalid value "GET <path> HTTP" in request', 40)).toContain('"GET');
  });

  it("real: PgBouncer's invalid values are one signature", () => {
    const rows = loadServerLog('pgbouncer.ndjson').filter((r) => r.body.includes(' ERROR invalid value "'));
    expect(rows.length).toBe(10);
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'pgbouncer', body: r.body })));
    expect(new Set(ids).size).toBe(1);
  });
});
