// In an exception's message a quoted name right after a word saying it names a database object
// (`column`, `table`, `relation`; `column name`, `object name`; a constraint's
// or index's name has its own rule, quoted-constraint-names.test.ts) is the schema's name of what failed, never data (template-tokens.ts namesSchemaObject):
// SQL Server's `Invalid column name '%.*ls'` (error 207), PostgreSQL's `column "x" does not
// exist`. Found in threads-14 (issue-thread-traces-14.test.ts): EF Core's docs sample's `Invalid
// column name 'Date'` (dotnet/EntityFramework.Docs#4054) and efcore#19158's `… 'Tenantd'`, both
// with SqlClient's frames only, were one signature: the quoted column read as a value.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces, type ThreadTrace, signaturesInOrder } from './thread-traces.js';

const rows = loadThreadTraces('threads-14', 'dotnet');
const bySource = (suffix: string): ThreadTrace => rows.find((r) => r.source.endsWith(suffix))!;
const date = () => bySource('dotnet/EntityFramework.Docs/issues/4054');
const tenant = () => bySource('dotnet/efcore/issues/19158');

const signatures = (rows: readonly { type?: string; message?: string; stacktrace?: string }[]) => signaturesInOrder(rows, 'blog');

describe('a quoted database object name in an exception message', () => {
  it("real: `Invalid column name 'Date'` and `… 'Tenantd'` are two signatures, in either order", () => {
    const [a, b] = signatures([date(), tenant()]);
    expect(a).not.toBe(b);
    const [c, d] = signatures([tenant(), date()]);
    expect(c).not.toBe(d);
  });

  it('real: the column is kept in the message', () => {
    const r = tenant();
    expect(createFingerprinter().fingerprint({ source: 'span', service: 'blog', type: r.type, message: r.message, stacktrace: r.stacktrace }).message).toContain("'Tenantd'");
  });

  it('near miss: a quoted value after any other word stays a value (PostgreSQL\'s `invalid input syntax for type integer: "abc"` / `"x7"`, postgres-server.ndjson, as an exception\'s message)', () => {
    const lines = readFileSync(new URL('../../fixtures/fingerprint/postgres-server.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { group: string; body: string }).filter((r) => r.group === 'INT' && r.body.includes('type integer'));
    const messages = lines.map((r) => r.body.slice(r.body.indexOf('invalid input syntax'), r.body.indexOf(' at character')));
    expect(messages.length).toBe(2);
    const [a, b] = signatures(messages.map((message) => ({ type: 'Npgsql.PostgresException', message })));
    expect(b).toBe(a);
  });
});
