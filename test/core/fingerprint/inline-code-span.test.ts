// A trace pasted inside Markdown inline code keeps the span's opening backtick before its
// header (inline-code-span.ts): Radarr's GetMovieInfo failure so pasted and the same failure
// pasted plain (Radarr/Radarr#3987, #3966; threads-23, issue-thread-traces-23.test.ts) are one
// signature, and what only looks like a code span is read as before.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutInlineCodeMarks } from '../../../src/core/fingerprint/inline-code-span.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const dotnet = loadThreadTraces('threads-23', 'dotnet');
const row = (url: string) => dotnet.find((r) => r.source === url)!;
const inSpan = row('https://github.com/Radarr/Radarr/issues/3987');
const plain = row('https://github.com/Radarr/Radarr/issues/3966');
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

describe("a trace pasted inside Markdown inline code", () => {
  it('real: the backtick-opened trace and the plain one are one signature (Radarr/Radarr#3987, #3966)', () => {
    expect(new Set(signaturesInOrder([inSpan, plain])).size).toBe(1);
  });

  it('real: the header reads its type and message, not the backtick and the whole line', () => {
    const r = fp(inSpan.stacktrace!);
    expect(r.type).toBe('System.ArgumentNullException');
    expect(r.message).toContain('Value cannot be null');
  });

  it('a closed span reads as the trace inside it', () => {
    const trace = 'System.InvalidOperationException: Sequence contains no elements\n   at Shop.Cart.Total()';
    expect(fp(`\`${trace}\``).fingerprint).toBe(fp(trace).fingerprint);
    expect(withoutInlineCodeMarks(`\`\`${trace}\`\``)).toBe(trace);
  });

  it('near miss: a fence, a backtick inside a name and a lone backtick are left as they are', () => {
    const fence = '```\nSystem.Exception: boom\n   at A.B()\n```';
    expect(withoutInlineCodeMarks(fence)).toBe(fence);
    const arity = 'System.Collections.Generic.KeyNotFoundException: missing\n   at System.Collections.Generic.Dictionary`2.get_Item(TKey key)`';
    expect(withoutInlineCodeMarks(arity)).toBe(arity);
    expect(withoutInlineCodeMarks('` at A.B()')).toBe('` at A.B()');
  });

  it('near miss: another failure pasted in a span stays apart', () => {
    const other = inSpan.stacktrace!.replace('SkyHookProxy.GetMovieInfo', 'SkyHookProxy.GetMovieLookup');
    expect(new Set(signaturesInOrder([inSpan, { ...inSpan, stacktrace: other }])).size).toBe(2);
  });
});
