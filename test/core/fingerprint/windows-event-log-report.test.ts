// The Windows Application log's report of a .NET process an unhandled exception killed
// (dotnet-runtime-event.ts): Kestrel's libuv finalizer crash as the console printed it and as
// the Event Viewer showed it is one signature (aspnet/KestrelHttpServer#946, #2199; threads-27,
// issue-thread-traces-27.test.ts); two reports of two exceptions stay two, and text without the
// report's description line is read as before.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { eventLogReportAsToString } from '../../../src/core/fingerprint/dotnet-runtime-event.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const kestrel = loadThreadTraces('threads-27', 'dotnet').filter((r) => r.group === 'dotnet:t27:kestrel-libuv-finalizer-async-send');
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

// The example report on ASP.NET Core's "Host ASP.NET Core in a Windows Service" page
// (https://learn.microsoft.com/aspnet/core/host-and-deploy/windows-service, Troubleshoot:
// Application Event Log), its frames as printed there, the page's `...` left off.
const docsReport = [
  'Application: AspNetCoreService.exe',
  'Framework Version: v4.0.30319',
  'Description: The process was terminated due to an unhandled exception.',
  'Exception Info: System.IO.FileNotFoundException',
  '   at Microsoft.Extensions.Configuration.FileConfigurationProvider.Load(Boolean)',
  '   at Microsoft.Extensions.Configuration.ConfigurationRoot..ctor(System.Collections.Generic.IList`1<Microsoft.Extensions.Configuration.IConfigurationProvider>)',
  '   at Microsoft.Extensions.Configuration.ConfigurationBuilder.Build()',
].join('\n');

describe('the Event Viewer\'s report of an unhandled .NET exception', () => {
  it('real: Kestrel\'s libuv finalizer crash on the console and in the Event Viewer is one signature (aspnet/KestrelHttpServer#946, #2199)', () => {
    expect(kestrel).toHaveLength(2);
    expect(new Set(signaturesInOrder(kestrel)).size).toBe(1);
  });

  it('real: the exception is the type, not the preamble\'s runtime version', () => {
    expect(fp(kestrel[1].stacktrace!).type).toBe('System.ObjectDisposedException');
    expect(fp(docsReport).type).toBe('System.IO.FileNotFoundException');
  });

  it('real: the report of the docs\' missing configuration file reads as the same exception printed by the process', () => {
    const printed = [
      'System.IO.FileNotFoundException',
      '   at Microsoft.Extensions.Configuration.FileConfigurationProvider.Load(Boolean reload)',
      '   at Microsoft.Extensions.Configuration.ConfigurationRoot..ctor(IList`1 providers)',
      '   at Microsoft.Extensions.Configuration.ConfigurationBuilder.Build()',
    ].join('\n');
    expect(fp(docsReport).fingerprint).toBe(fp(printed).fingerprint);
  });

  it('near miss: two reports of two exceptions stay two signatures, whatever the application and runtime lines', () => {
    expect(fp(docsReport).fingerprint).not.toBe(fp(kestrel[1].stacktrace!).fingerprint);
  });

  it('near miss: a nested type\'s `+` is rewritten only inside such a report', () => {
    const lines = ['System.InvalidOperationException: Nope', '   at Shop.Outer+Inner.Run()'];
    expect(eventLogReportAsToString(lines)).toEqual(lines);
    const report = ['Description: The process was terminated due to an unhandled exception.', 'Exception Info: System.InvalidOperationException', '   at Shop.Outer+Inner.Run(Int32 ByRef)'];
    expect(eventLogReportAsToString(report)).toEqual(['System.InvalidOperationException', '   at Shop.Outer.Inner.Run(Int32 ByRef)']);
  });

  it('near miss: `Application:` or `Exception Info:` in other text is not a report', () => {
    const lines = ['Application: startup failed', 'Exception Info: see below', 'System.Exception: boom', '   at Shop.Api.Run()'];
    expect(eventLogReportAsToString(lines)).toEqual(lines);
  });
});
