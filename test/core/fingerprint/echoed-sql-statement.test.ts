// The SQL a PostgreSQL-family server echoes after `statement:` in a LOG report
// (echoed-sql-statement.ts): found in pgpool-II 4.3.5's log (programs/pgpool2,
// server-logs-52.test.ts), where each statement a client sent was a template of its own.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { echoedSqlStatementEnd } from '../../../src/core/fingerprint/echoed-sql-statement.js';
import { resolveAliases } from '../../helpers/loghub.js';

const signatures = (service: string, bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};

describe('the SQL echoed after statement: in a LOG report', () => {
  it('reads from the statement’s first word to the line’s end, only after the label in a LOG report', () => {
    const tokens = ['LOG:', 'DB', 'node', 'id:', '<int>', 'backend', 'pid:', '<int>', 'statement:', 'select', 'count(*)', 'from', 'items'];
    expect(echoedSqlStatementEnd(tokens, 9)).toBe(12);
    expect(echoedSqlStatementEnd(tokens, 10)).toBe(-1);
    expect(echoedSqlStatementEnd(['ERROR:', 'failed', 'to', 'prepare', 'statement:', 'connection', 'refused'], 5)).toBe(-1);
    expect(echoedSqlStatementEnd(['LOG:', 'statement:', '"select', '1"', 'message:', '"x"'], 2)).toBe(-1);
  });

  it('one statement over any SQL is one signature', () => {
    const ids = signatures('pgpool', [
      'LOG:  statement: select 1',
      'LOG:  statement: create table items (id int primary key, name text)',
      "LOG:  statement: insert into items values (1, 'bolt'), (2, 'nut')",
      'LOG:  statement: DISCARD ALL',
    ]);
    expect(new Set(ids).size).toBe(1);
    const perNode = signatures('pgpool', [
      'LOG:  DB node id: 0 backend pid: 15168 statement: SELECT version()',
      'LOG:  DB node id: 1 backend pid: 16617 statement: select count(*) from items',
      'LOG:  DB node id: 0 backend pid: 15168 statement: selec 1',
    ]);
    expect(new Set(perNode).size).toBe(1);
  });

  it('near misses: the statements around the SQL, a quoted SQL with the error after it, and a cause after statement: stay apart', () => {
    const ids = signatures('pgpool', ['LOG:  statement: select 1', 'LOG:  DB node id: 0 backend pid: 15168 statement: select 1', 'LOG:  duration: 0.412 ms  statement: select 1']);
    expect(new Set(ids).size).toBe(3);
    const errors = signatures('pgpool', [
      'LOG:  pool_send_and_wait: Error or notice message from backend: : DB node id: 0 backend pid: 15168 statement: "select * from itemz" message: "relation "itemz" does not exist"',
      'LOG:  pool_send_and_wait: Error or notice message from backend: : DB node id: 0 backend pid: 15168 statement: "selec 1" message: "syntax error at or near "selec""',
    ]);
    expect(new Set(errors).size).toBe(2);
    const causes = signatures('app', ['ERROR: failed to prepare statement: connection refused by the server', 'ERROR: failed to prepare statement: permission denied for table items']);
    expect(new Set(causes).size).toBe(2);
  });
});
