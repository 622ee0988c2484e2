// Raygun's crash report rows for a .NET error copied from its dashboard: `Ns.T.M(params) in
// file.cs:line` where the method has symbols, `Ns.T.M(params):offset` where it has none, each
// line after the first behind a space. Found in threads-12 (issue-thread-traces-12.test.ts):
// ServiceInsight's `Sequence contains no matching element` read as no frame.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const serviceInsight = loadThreadTraces('threads-12', 'dotnet').find((r) => r.source.endsWith('Particular/ServiceInsight/issues/664'))!;
// https://github.com/Particular/ServiceInsight/issues/566 (ServiceInsight 1.5.4, a NullReferenceException Raygun reported; the first rows as the issue quotes them).
const restoreLayout = [
  'ServiceInsight.Shell.ShellView.OnRestoreLayout(ISettingsProvider settingsProvider) in C:\\BuildAgent\\work\\7540559e45164f93\\src\\ServiceInsight\\Shell\\Shell.xaml.cs:85',
  ' ServiceInsight.Shell.ShellViewModel.RestoreLayout() in C:\\BuildAgent\\work\\7540559e45164f93\\src\\ServiceInsight\\Shell\\ShellViewModel.cs:147',
  ' Caliburn.Micro.ViewAware.Caliburn.Micro.IViewAware.AttachView(Object view, Object context):58',
  ' Caliburn.Micro.ViewModelBinder.<.cctor>b__3(Object viewModel, DependencyObject view, Object context):170',
].join('\n');
const fingerprintOf = (type: string, message: string, stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'serviceinsight', type, message, stacktrace });

describe("Raygun's .NET rows", () => {
  it("real: the lambda of GetPagedResult is the crash site, First the code it called (Particular/ServiceInsight#664)", () => {
    const x = fingerprintOf(serviceInsight.type!, serviceInsight.message!, serviceInsight.stacktrace!);
    expect(x.culprit).toContain('<GetPagedResult>b__31_0');
    expect(x.explain.some((l) => l.startsWith('raised by: System.Linq.Enumerable.First'))).toBe(true);
  });

  it('real: a report with its source files reads its frames in order (Particular/ServiceInsight#566)', () => {
    const frames = parseStacktrace(restoreLayout).exceptions[0].frames;
    expect(frames.map((f) => f.function)).toEqual(['OnRestoreLayout', 'RestoreLayout', 'AttachView', '<.cctor>b__3']);
    expect(frames[0].file).toBe('C:\\BuildAgent\\work\\7540559e45164f93\\src\\ServiceInsight\\Shell\\Shell.xaml.cs');
    expect(fingerprintOf('System.NullReferenceException', 'Object reference not set to an instance of an object.', restoreLayout).culprit).toContain('ShellView.OnRestoreLayout');
  });

  it("near misses: one row without a file, Java's and Go's frame lines are no Raygun rows", () => {
    expect(parseStacktrace('Shop.Orders.Place(Int32 id):58').runtime).not.toBe('dotnet');
    expect(parseStacktrace('java.lang.IllegalStateException: boom\n\tat com.shop.Orders.place(Orders.java:12)').runtime).toBe('java');
    expect(parseStacktrace('panic: boom\n\ngoroutine 1 [running]:\nmain.f(0x1, 0x2)\n\t/app/main.go:9 +0x25').runtime).toBe('go');
  });
});
