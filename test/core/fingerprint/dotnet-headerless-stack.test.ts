// A .NET trace that is `Exception.StackTrace` alone, without `Exception.ToString()`'s header
// line: what many apps log and show (SrvSurvey's crash dialog, found in threads-6,
// issue-thread-traces-6.test.ts). Its first line is already a frame; read as the header, that
// frame was lost, and with it the crash site whenever the exception was raised in the
// application's own method.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-6/dotnet.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprintOf = (source: string) => {
  const r = rows.find((x) => x.source.endsWith(source))!;
  return createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
};

describe('a .NET stack trace without its header line', () => {
  it('keeps its first line as a frame, indented or not', () => {
    for (const text of ['   at Shop.Orders.Load(Int32 id) in /src/Orders.cs:line 12\n   at Shop.Api.Get()\n', 'at Shop.Orders.Load(Int32 id)\nat Shop.Api.Get()\n']) {
      const [e] = parseStacktrace(text).exceptions;
      expect(e.type).toBe('');
      expect(e.frames.map((f) => f.function)).toEqual(['Load', 'Get']);
    }
  });

  it('near misses: a header stays the header, also one whose message starts with "at"', () => {
    const [e] = parseStacktrace('Shop.OrderException: at least one item is needed\n   at Shop.Orders.Load()\n').exceptions;
    expect(e).toMatchObject({ type: 'Shop.OrderException', message: 'at least one item is needed' });
    expect(e.frames.map((f) => f.function)).toEqual(['Load']);
    const [u] = parseStacktrace('Unhandled Exception:\nSystem.InvalidOperationException: no\n   at Shop.Orders.Load()\n').exceptions;
    expect(u).toMatchObject({ type: 'System.InvalidOperationException', message: 'no' });
    expect(u.frames.map((f) => f.function)).toEqual(['Load']);
  });

  it('real: one statement from two callers is one signature, with that statement as the crash site (njthomson/SrvSurvey#327, #326)', () => {
    const a = fingerprintOf('SrvSurvey/issues/327');
    const b = fingerprintOf('SrvSurvey/issues/326');
    expect(a.culprit).toContain('SrvSurvey.Main.newGame');
    expect(a.fingerprint).toBe(b.fingerprint);
  });

  it('real: a one-frame stack keeps its frame (njthomson/SrvSurvey#966)', () => {
    expect(fingerprintOf('SrvSurvey/issues/966').culprit).toContain('SrvSurvey.Settings.Load');
  });
});
