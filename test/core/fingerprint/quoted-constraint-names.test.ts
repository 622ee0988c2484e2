// In an exception's message a quoted snake_case identifier names what failed (template-tokens.ts
// QUOTED_IDENTIFIER: `unique constraint "members_pkey"`), and so does a constraint or index named
// as EF Core and SQL Server name them: a key kind's abbreviation, `_`, the table and columns
// (`"PK_section"`, `FK_…`, `IX_…`). Found in threads-13 (issue-thread-traces-13.test.ts):
// swissgeol-boreholes-suite's DbUpdateExceptions over PostgresException 23505, one for
// `"PK_section"` (#2485) and one for `"borehole_pkey"` (#2464), printed without frames, were one
// signature: the EF Core name read as a value and the miner joined the two messages.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces, type ThreadTrace, signaturesInOrder } from './thread-traces.js';

const row = (group: string): ThreadTrace => loadThreadTraces('threads-13', 'dotnet').find((r) => r.group === group)!;
const section = () => row('dotnet:t13:swissgeol-section-pk-sequence');
const borehole = () => row('dotnet:t13:swissgeol-borehole-pk-sequence');

const signatures = (rows: readonly { type?: string; message?: string; stacktrace?: string }[]) => signaturesInOrder(rows, 'boreholes');

describe('a quoted constraint name in EF Core\'s naming', () => {
  it('real: swissgeol\'s `"PK_section"` and `"borehole_pkey"` violations are two signatures, in either order', () => {
    const [a, b] = signatures([section(), borehole()]);
    expect(a).not.toBe(b);
    const [c, d] = signatures([borehole(), section()]);
    expect(c).not.toBe(d);
  });

  it('real: the name is kept in the message', () => {
    const x = createFingerprinter().fingerprint({ source: 'span', service: 'boreholes', type: section().type, message: section().message, stacktrace: section().stacktrace });
    expect(x.message).toContain('"PK_section"');
  });

  it('near miss: the same violation logged twice is one signature', () => {
    const r = section();
    const [a, b] = signatures([r, { ...r, stacktrace: `fail: Microsoft.EntityFrameworkCore.Update[10000]\n      ${r.stacktrace!.replace('\n', '\n      ')}` }]);
    expect(b).toBe(a);
  });

  it('near miss: a quoted word without a key kind before `_` stays a value (`"Section"` / `"Borehole"`)', () => {
    const a = section();
    const b = { ...a, stacktrace: a.stacktrace!.replace('"PK_section"', '"Borehole"') };
    const c = { ...a, stacktrace: a.stacktrace!.replace('"PK_section"', '"Section"') };
    const [x, y] = signatures([b, c]);
    expect(y).toBe(x);
  });
});
