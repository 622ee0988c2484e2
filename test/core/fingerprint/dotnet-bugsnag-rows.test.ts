// Bugsnag's issue-tracker rows for a .NET error, `<file>:<line> - <Ns.Type.Method>(<parameters>)`
// (`:0 - ` for a method without symbols), read as the frames Exception.ToString() prints. Found
// in threads-12 (issue-thread-traces-12.test.ts): InkyCal's renderer lambda and Ical.Net's, both
// NullReferenceExceptions, read as no frame and were one signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const row = (source: string) => loadThreadTraces('threads-12', 'dotnet').find((r) => r.source.endsWith(source))!;
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'inkycal', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe("Bugsnag's .NET rows", () => {
  it("real: the renderer's lambda and Ical.Net's are read, two signatures (Atrejoe/Inky-Calendar-Server#95, #16)", () => {
    const renderer = row('Inky-Calendar-Server/issues/95');
    const ical = row('Inky-Calendar-Server/issues/16');
    const frame = parseStacktrace(renderer.stacktrace!).exceptions[0].frames[0];
    expect(frame.file).toBe('/src/InkyCal.Utils/CalendarPanelRenderer.cs');
    expect(frame.module).toBe('InkyCal.Utils.CalendarPanelRenderer+<>c');
    expect(parseStacktrace(ical.stacktrace!).exceptions[0].frames[0].module).toBe('Ical.Net.Evaluation.RecurringEvaluator+<>c__DisplayClass10_0');
    expect(fingerprintOf(renderer).fingerprint).not.toBe(fingerprintOf(ical).fingerprint);
  });

  it("real: a row reads as the frame ToString() prints for it", () => {
    const renderer = row('Inky-Calendar-Server/issues/95');
    const toString = '   at InkyCal.Utils.CalendarPanelRenderer+<>c.<DescribeCalender>b__14_0(Event x) in /src/InkyCal.Utils/CalendarPanelRenderer.cs:line 407';
    expect(fingerprintOf({ ...renderer, stacktrace: toString }).fingerprint).toBe(fingerprintOf(renderer).fingerprint);
  });

  it("near misses: Bugsnag's placeholder row, its PHP and Ruby rows, and a log line with a dash are no .NET frame", () => {
    expect(parseStacktrace('    unknown file:0 - unknown method').runtime).not.toBe('dotnet');
    expect(parseStacktrace('    app/Http/Controllers/Sso/Security.php:65 - App\\Http\\Controllers\\Sso\\Security::postDetails').runtime).toBe('php');
    expect(parseStacktrace('    app/workers/mail.rb:7 - perform\n    app/workers/base.rb:3 - run').runtime).toBe('ruby');
    expect(parseStacktrace('Program.cs:12 - saved').runtime).not.toBe('dotnet');
  });
});
