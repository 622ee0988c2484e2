// A .NET frame line cut inside its argument list (a trace cut at a size limit, an excerpt, the
// line cap of types.ts) still names its method (src/core/fingerprint/stacktrace/dotnet.ts,
// frameParts). Found in threads-11 (issue-thread-traces-11.test.ts): SrvSurvey logged one
// `Sequence contains no matching element` twice, the second copy cut inside the lambda's frame
// (`<onJournalEntry>b__178_0(ResourceRequir`), and that copy's crash site fell to LINQ's
// ThrowHelper: one failure, two signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const copies = loadThreadTraces('threads-11', 'dotnet').filter((r) => r.source.endsWith('SrvSurvey/issues/438'));
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'srvsurvey', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe('a .NET frame cut inside its argument list', () => {
  it('real: the cut copy names the lambda as the whole one does, one signature (njthomson/SrvSurvey#438)', () => {
    expect(copies).toHaveLength(2);
    const cut = parseStacktrace(copies[1].stacktrace!);
    expect(cut.exceptions[0].frames.map((f) => f.function)).toEqual(['ThrowNoMatchException', 'First', '<onJournalEntry>b__178_0']);
    expect(fingerprintOf(copies[1]).fingerprint).toBe(fingerprintOf(copies[0]).fingerprint);
  });

  it('near misses: words after `at`, a frame without a namespace, and whole frames are read as before', () => {
    const prose = parseStacktrace('System.InvalidOperationException: bad state\n   at least (one of them\n   at Shop.Cart.Total(Int32 n) in /src/Cart.cs:line 9');
    expect(prose.exceptions[0].frames.map((f) => f.function)).toEqual(['Total']);
    const bare = parseStacktrace('System.InvalidOperationException: bad state\n   at Shop.Cart.Total(Int32 n) in /src/Cart.cs:line 9\n   at Main(String[');
    expect(bare.exceptions[0].frames.map((f) => f.function)).toEqual(['Total']);
    const whole = parseStacktrace(copies[0].stacktrace!);
    expect(whole.exceptions[0].frames.map((f) => [f.function, f.line])).toContainEqual(['onJournalEntry', 1726]);
  });
});
