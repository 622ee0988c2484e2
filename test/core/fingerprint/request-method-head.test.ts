// The method of the request a message opens with, before `request` or `response`, is a value
// (request-method-head.ts), and a clause a format prints after a value on some lines only
// (`%r%s`: ` with depth %r`) is part of that value's place (optional-value-clause.ts,
// variable-run.ts). Radicale 3.1.8's app/__init__.py logs each request by
// `"%s request for %r%s received from %s%s"` and its answer by `"%s response status for %r%s in
// %.3f seconds: %s"` (programs/radicale, radicale.ndjson, server-logs-43.test.ts): each was one
// signature per method and per Depth header present or not.
//
// radicale.ndjson (npx tsx bench/grouping-server-logs.ts): Rounds GA 0.571 → 0.937 with both rules
// (Drain3 0.151); no other set moved. Neither rule alone moves the set: every statement held
// lines both with and without the clause.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isRequestMethodOpeningMessage } from '../../../src/core/fingerprint/request-method-head.js';
import { optionalClauseAfterValue } from '../../../src/core/fingerprint/optional-value-clause.js';
import { resolveAliases } from '../../helpers/loghub.js';

const mine = (bodies: string[], service = 'radicale') => {
  const f = createFingerprinter();
  return resolveAliases(bodies.map((body) => f.fingerprint({ source: 'log', service, body })));
};
const H = '[2026-12-06 17:27:52 +0000] [6880/Thread-6 (process_request_thread)] [INFO]';

describe('the method a message opens with, and a clause after a value', () => {
  it("Radicale's request and response lines are one statement each, whatever the method and whether a depth was sent", () => {
    const sigs = mine([
      `${H} PROPFIND request for '/' with depth '0' received from 127.0.0.1 using 'DAVx5/4.3.1-ose'`,
      `${H} MKCALENDAR request for '/alice/work/' received from 127.0.0.1 using 'DAVx5/4.3.1-ose'`,
      `${H} REPORT request for '/alice/work/' with depth '1' received from 127.0.0.1 using 'DAVx5/4.3.1-ose'`,
      `${H} PUT request for '/bob/x.ics' received from 127.0.0.1 using 'DAVx5/4.3.1-ose'`,
      `${H} PROPFIND response status for '/' with depth '0' in 0.001 seconds: 401 Unauthorized`,
      `${H} MKCALENDAR response status for '/alice/work/' in 0.070 seconds: 201 Created`,
      `${H} GET response status for '/alice/nowhere/' in 0.003 seconds: 404 Not Found`,
    ]);
    expect(new Set(sigs.slice(0, 4)).size).toBe(1);
    expect(new Set(sigs.slice(4)).size).toBe(1);
    expect(sigs[0]).not.toBe(sigs[4]);
  });

  it('near miss: a method after a word of the sentence is the program\'s own (Radicale\'s `Bad PROPFIND request on %r`, propfind.py; `Bad REPORT request`, report.py)', () => {
    const sigs = mine([`${H} Bad PROPFIND request on '/alice/': Failed to parse XML: no element found`, `${H} Bad REPORT request on '/alice/work/': Failed to parse XML: no element found`]);
    expect(sigs[0]).not.toBe(sigs[1]);
    expect(isRequestMethodOpeningMessage(['Bad', 'PROPFIND', 'request', 'on', '<*>'], 1)).toBe(false);
    expect(isRequestMethodOpeningMessage(['during', 'PUT', 'request', 'on', '<*>'], 1)).toBe(false);
    expect(isRequestMethodOpeningMessage(['[INFO]', 'PUT', 'request', 'for', '<*>'], 1)).toBe(true);
    expect(isRequestMethodOpeningMessage(['PUT', 'denied', 'for', '<*>'], 0)).toBe(false);
  });

  it('near miss: a clause closing the line, a clause without a value, or an inserted condition word stays apart', () => {
    expect(optionalClauseAfterValue(['Deleted', 'user', '<*>'], ['Deleted', 'user', '<*>', 'from', 'group', '<*>'])).toBe(-1);
    expect(optionalClauseAfterValue(['Listening', 'on', '<*>', 'now'], ['Listening', 'on', '<*>', 'with', 'SSL', 'now'])).toBe(-1);
    expect(optionalClauseAfterValue(['user', '<*>', 'logged', 'in'], ['user', '<*>', 'not', 'logged', 'in'])).toBe(-1);
    expect(optionalClauseAfterValue(['job', '<*>', 'done'], ['job', '<*>', 'with', 'failed', '<*>', 'done'])).toBe(-1);
    expect(optionalClauseAfterValue(['for', '<*>', 'received'], ['for', '<*>', 'with', 'depth', '<*>', 'received'])).toBe(1);
    const sigs = mine(['Deleted user alice', 'Deleted user bob from group admins'], 'accounts');
    expect(sigs[0]).not.toBe(sigs[1]);
  });
});
