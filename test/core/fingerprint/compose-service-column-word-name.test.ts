// A docker compose service column whose name holds no digit (`jellyfin    | `) is cut from every
// line like one that does (stacktrace/detect.ts withoutLineHeaders). Found in threads-37
// (issue-thread-traces-37.test.ts): Jellyfin 10.8.0's TryReplaceSubPath null dereference behind
// `jellyfin    | ` (jellyfin/jellyfin#5432) read as no frame, its first line the message.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutLineHeaders } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-37', 'dotnet');
const row = (url: string) => rows.find((r) => r.source === url)!;
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const trace = ['System.InvalidOperationException: Sequence contains no elements', '   at Shop.Orders.Load(Int32 id)', '   at Shop.Api.Get()'];
const behind = (column: string, lines = trace) => lines.map((l) => column + l).join('\n');

describe('a compose service column named in words', () => {
  it('real: Jellyfin\'s TryReplaceSubPath behind `jellyfin    | ` reads its exception and frames (jellyfin#5432)', () => {
    const r = fp(row('https://github.com/jellyfin/jellyfin/issues/5432').stacktrace!);
    expect(r.type).toBe('System.NullReferenceException');
    expect(r.culprit).toContain('PathExtensions.TryReplaceSubPath');
  });

  it('the column goes from every line, whatever its padding, and the trace is the one printed without it', () => {
    expect(withoutLineHeaders(behind('shop    | '))).toBe(trace.join('\n'));
    expect(fp(behind('shop    | ')).fingerprint).toBe(fp(behind('shop  | ')).fingerprint);
    expect(fp(behind('shop    | ')).fingerprint).toBe(fp(trace.join('\n')).fingerprint);
  });

  it('near miss: a column that does not open every line, a name without padding, or a first word every line shares without `| `, is left alone', () => {
    const unpadded = behind('shop | ');
    expect(withoutLineHeaders(unpadded)).toBe(unpadded);
    const mixed = ['shop    | ' + trace[0], 'web     | ' + trace[1], 'shop    | ' + trace[2]].join('\n');
    expect(withoutLineHeaders(mixed)).toBe(mixed);
    const words = trace.map((l) => 'note: ' + l).join('\n');
    expect(withoutLineHeaders(words)).toBe(words);
  });
});
