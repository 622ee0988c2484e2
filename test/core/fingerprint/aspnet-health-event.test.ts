// ASP.NET's health-monitoring error event (aspnet-health-event.ts): `Exception information:` with
// `Exception type:` and `Exception message:` lines above the frames. Found in threads-33
// (issue-thread-traces-33.test.ts): Hangfire 1.6.18's JobMethodCallRenderer.Render pasted from
// the event had `Exception information:` for its type (HangfireIO/Hangfire#1164).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { healthEventAsToString } from '../../../src/core/fingerprint/aspnet-health-event.js';
import { loadThreadTraces } from './thread-traces.js';

const hangfire = loadThreadTraces('threads-33', 'dotnet').find((r) => r.source.endsWith('/issues/1164'))!;
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });
const frames = '   at Shop.Web.Reports.Render(Report r)\n   at Shop.Web.Pages.ReportPage.Execute()';

describe("ASP.NET's health-monitoring error event", () => {
  it("real: the renderer's NullReferenceException has its type and message (HangfireIO/Hangfire#1164)", () => {
    const x = fp(hangfire.stacktrace!);
    expect(x.type).toBe('System.NullReferenceException');
    expect(x.message).toBe('Object reference not set to an instance of an object.');
    expect(x.culprit).toMatch(/^Hangfire\.Dashboard\.JobMethodCallRenderer\.Render/);
  });

  it("the block, the whole event with its request's and thread's blocks, and ToString() are one signature", () => {
    const printed = fp(`System.InvalidOperationException: Sequence contains no elements.\n${frames}`);
    const block = fp(`Exception information: \n    Exception type: InvalidOperationException \n    Exception message: Sequence contains no elements.\n${frames}`);
    const event = fp(`Event code: 3005 \nEvent message: An unhandled exception has occurred. \nException information: \n    Exception type: InvalidOperationException \n    Exception message: Sequence contains no elements.\n \nRequest information: \n    Request URL: https://shop.example/reports/7 \n    Request path: /reports/7 \nThread information: \n    Thread ID: 7 \n    Is impersonating: False \n    Stack trace:    at Shop.Web.Reports.Render(Report r)\n   at Shop.Web.Pages.ReportPage.Execute()`);
    expect(block.fingerprint).toBe(printed.fingerprint);
    expect(event.fingerprint).toBe(printed.fingerprint);
  });

  it('near miss: `Exception information:` without the labelled type and message lines is left as it is', () => {
    const lines = ['Exception information:', '    see the attached log', frames];
    expect(healthEventAsToString(lines)).toEqual(lines);
    const typeOnly = ['Exception information:', '    Exception type: NullReferenceException', frames];
    expect(healthEventAsToString(typeOnly)).toEqual(typeOnly);
  });
});
