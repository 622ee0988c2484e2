// ASP.NET's error page's stack section copied without the page's headings (yellow-screen.ts):
// `[Type: message]` over frames ending in `+offset`, no `Stack Trace:` above it. Found in
// threads-33 (issue-thread-traces-33.test.ts): Hangfire 1.6.17's FailedJobsPage.Execute
// NullReferenceException pasted so read no frame, its block line the message, and was split
// from the same failure logged by Serilog (HangfireIO/Hangfire#1165, #941).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { looksLikeYellowScreen, yellowScreenAsToString } from '../../../src/core/fingerprint/yellow-screen.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const rows = loadThreadTraces('threads-33', 'dotnet');
const failedJobs = rows.filter((r) => r.group === 'dotnet:t33:hangfire-failed-jobs-page-nre');
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const section = (block: string, top: string) => `${block}\n   ${top} +112\n   Shop.Web.Pages.Base.Render(TextWriter w) +30\n   System.Web.UI.Page.ProcessRequest() +85`;

describe("the error page's stack section copied alone", () => {
  it('real: Hangfire\'s FailedJobsPage from the error page and from a Serilog event is one signature (HangfireIO/Hangfire#1165, #941)', () => {
    expect(failedJobs).toHaveLength(2);
    const page = fp(failedJobs[0].stacktrace!);
    expect(page.type).toBe('System.NullReferenceException');
    expect(page.culprit).toMatch(/^Hangfire\.Dashboard\.Pages\.FailedJobsPage\.Execute/);
    expect(new Set(signaturesInOrder(failedJobs)).size).toBe(1);
  });

  it('is read as Exception.ToString() prints it, and two pages stay apart', () => {
    const text = section('[InvalidOperationException: Sequence contains no elements]', 'Shop.Web.Pages.Cart.Execute()');
    expect(looksLikeYellowScreen(text)).toBe(true);
    expect(yellowScreenAsToString(text).split('\n')[0]).toBe('InvalidOperationException: Sequence contains no elements');
    const other = section('[InvalidOperationException: Sequence contains no elements]', 'Shop.Web.Pages.Orders.Execute()');
    expect(fp(other).fingerprint).not.toBe(fp(text).fingerprint);
  });

  it("real: the section pasted on one line in a Markdown quote is read, another page's (HangfireIO/Hangfire#1362)", () => {
    const recurring = rows.find((r) => r.source.endsWith('/issues/1362'))!;
    const x = fp(recurring.stacktrace!);
    expect(x.type).toBe('System.NullReferenceException');
    expect(x.culprit).toMatch(/^Hangfire\.Dashboard\.Pages\.RecurringJobsPage\.Execute/);
    expect(x.fingerprint).not.toBe(fp(failedJobs[0].stacktrace!).fingerprint);
  });

  it('one line and its lines are one signature; one space between frames, or no exception block, is no section', () => {
    const lines = section('[InvalidOperationException: Sequence contains no elements]', 'Shop.Web.Pages.Cart.Execute()');
    expect(fp(lines.replace(/\n/g, '    ')).fingerprint).toBe(fp(lines).fingerprint);
    expect(looksLikeYellowScreen('[InvalidOperationException: Sequence contains no elements] Shop.Web.Pages.Cart.Execute() +112 Shop.Web.Pages.Base.Render(TextWriter w) +30')).toBe(false);
    expect(looksLikeYellowScreen('[Error: the job failed]    Shop.Jobs.Run(Job job) +3    Shop.Jobs.Loop() +1')).toBe(false);
  });

  it('near miss: a bracketed log line over a call-like line, a block whose type is no exception, is left alone', () => {
    expect(looksLikeYellowScreen('[Error: the job failed]\n   Shop.Jobs.Run(Job job) +3')).toBe(false);
    expect(looksLikeYellowScreen('[Warning: Retrying the request]\n   Client.Send(Request r) +1')).toBe(false);
    // an exception's block line with nothing under it that reads as a frame
    expect(looksLikeYellowScreen('[TimeoutException: The operation has timed out.]\nplease retry later')).toBe(false);
  });
});
