// A line header whose time's fraction of a second has fewer digits on some lines: GitHub
// Actions stamps every line of a job's log with seven digits and drops the trailing zeros
// (`22:03:55.8815829Z ` over `22:03:55.881712Z `), so one stamp is a character shorter on some
// lines. Found in threads-20 (issue-thread-traces-20.test.ts): FilterLists' seed failure pasted
// from two CI runs read no frame, each known by its first line, and was two signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutLineHeaders } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-20', 'dotnet');
const pastes = rows.filter((r) => r.group === 'dotnet:t20:filterlists-seed-easydutch-duplicate');
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

describe('a line header stamped with fractions of a second of different widths', () => {
  it('is cut from every line at its own length: the SqlException and its frames are read (collinbarrett/FilterLists#5455, #5457)', () => {
    expect(pastes).toHaveLength(2);
    const [hosting, later] = pastes.map((r) => fingerprintOf(r.stacktrace!));
    expect(hosting.type).toBe('Microsoft.Data.SqlClient.SqlException');
    expect(hosting.frames.length).toBeGreaterThan(0);
    expect(hosting.fingerprint).toBe(later.fingerprint);
    // Each line loses exactly its stamp: none keeps a `Z`, none loses its first character.
    const cut = withoutLineHeaders(pastes[0].stacktrace!).split('\n');
    expect(cut[0]).toBe('fail: Microsoft.Extensions.Hosting.Internal.Host[11]');
    expect(cut[1]).toBe('      Hosting failed to start');
    // `.881724Z` (six digits) over `.8817302Z` (seven).
    expect(cut[4]).toMatch(/^ {9}at Microsoft\.Data\.SqlClient\.SqlConnection\.OnError/);
    expect(cut[5]).toMatch(/^ {9}at Microsoft\.Data\.SqlClient\.SqlInternalConnection\.OnError/);
  });

  it('near misses: another index stays apart, and stamps of one width are cut as before', () => {
    const other = rows.find((r) => r.group === 'dotnet:t20:tickerq-cron-occurrence-unique')!;
    expect(fingerprintOf(other.stacktrace!).fingerprint).not.toBe(fingerprintOf(pastes[0].stacktrace!).fingerprint);
    // korrel8r's testify block (threads-20): every stamp has seven digits.
    const korrel8r = loadThreadTraces('threads-20', 'go').find((r) => r.group === 'go:t20:korrel8r-traverse-simple-order')!.stacktrace!;
    expect(withoutLineHeaders(korrel8r).split('\n')[0]).toBe('=== RUN   TestTraverse');
    // Stamps whose seconds differ are not one header, whatever their fractions' widths.
    const seconds = '2026-02-01T22:03:55.8815829Z fail: Host[11]\n2026-02-01T22:03:56.881712Z       Hosting failed to start\n2026-02-01T22:03:57.8817175Z       System.Exception: x';
    expect(withoutLineHeaders(seconds)).toBe(seconds);
  });
});
