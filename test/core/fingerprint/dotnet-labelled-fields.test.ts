// A crash dialog's report that prints the exception as labelled fields (`Exception: <type>`,
// `Message: <text>`, `Stack:`) under a header of its own (dotnet-labelled-fields.ts). Found in
// threads-42 (issue-thread-traces-42.test.ts): Greenshot's reports read their first line,
// `Software version: …`, as the exception's type and lost the message, so one failure was a
// signature per release and per way it was pasted (greenshot/greenshot#1361 and the French #1318;
// #1267 and #607 under a heading).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { labelledFieldsAsToString } from '../../../src/core/fingerprint/dotnet-labelled-fields.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-42', 'dotnet');
const row = (url: string) => rows.find((r) => r.source === url)!;
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const header = (version: string) => `Software version: ${version} (64 bit)\n.NET runtime version: 4.0.30319.42000+\nTime: 2026-06-29 09:38:28 +02:00\nOS: Windows 11 x64 build 26100\nGDI object count: 139\nUser object count: 119\n\n`;
const frames = (site: string) => `   at Shop.Editor.${site}(Graphics g)\n   at Shop.Editor.Surface.OnPaint(Object sender, PaintEventArgs e)\n   at System.Windows.Forms.Control.OnPaint(PaintEventArgs e)\n`;
const report = (version: string, type: string, message: string, site: string) =>
  `${header(version)}Exception: ${type}\nMessage: ${message}\n\nStack:\n${frames(site)}\nConfiguration dump:`;

describe('a crash report whose exception is labelled fields', () => {
  it('real: the Imgur plugin\'s null with the header and in French without it is one signature (greenshot#1361, #1318)', () => {
    const english = fp(row('https://github.com/greenshot/greenshot/issues/1361').stacktrace!);
    const french = fp(row('https://github.com/greenshot/greenshot/issues/1318').stacktrace!);
    expect(english.type).toBe('System.NullReferenceException');
    expect(english.fingerprint).toBe(french.fingerprint);
  });

  it('real: Font.ToLogFont\'s rejection in 1.3.315 and under 1.3.290\'s heading is one signature (greenshot#1267, #607)', () => {
    const a = fp(row('https://github.com/greenshot/greenshot/issues/1267').stacktrace!);
    const b = fp(row('https://github.com/greenshot/greenshot/issues/607').stacktrace!);
    expect(a.type).toBe('System.ArgumentException');
    expect(a.message).toBe('Parameter is not valid.');
    expect(a.fingerprint).toBe(b.fingerprint);
  });

  it('reads as ToString() would print it: one failure in two releases, and with ToString()\'s own text, is one signature', () => {
    const older = fp(report('1.2.10.6-RELEASE-c2414cf0', 'System.InvalidOperationException', 'Sequence contains no elements', 'Surface.DrawBackground'));
    const newer = fp(report('1.3.315 - 420b08b2a9', 'System.InvalidOperationException', 'Sequence contains no elements', 'Surface.DrawBackground'));
    const toString = fp(`System.InvalidOperationException: Sequence contains no elements\n${frames('Surface.DrawBackground')}`);
    expect(older.type).toBe('System.InvalidOperationException');
    expect(older.message).toBe('Sequence contains no elements');
    expect(older.fingerprint).toBe(newer.fingerprint);
    expect(older.fingerprint).toBe(toString.fingerprint);
  });

  it('near miss: another type, another message or another crash site under one header stays apart', () => {
    const base = fp(report('1.3.315', 'System.InvalidOperationException', 'Sequence contains no elements', 'Surface.DrawBackground'));
    const otherType = fp(report('1.3.315', 'System.ArgumentException', 'Sequence contains no elements', 'Surface.DrawBackground'));
    const otherMessage = fp(report('1.3.315', 'System.InvalidOperationException', 'Collection was modified; enumeration operation may not execute.', 'Surface.DrawBackground'));
    const otherSite = fp(report('1.3.315', 'System.InvalidOperationException', 'Sequence contains no elements', 'Surface.DrawCursor'));
    expect(new Set([base.fingerprint, otherType.fingerprint, otherMessage.fingerprint, otherSite.fingerprint]).size).toBe(4);
  });

  it('near miss: a type field with no message field after it, or a message field alone, is left to the parser', () => {
    const labelOverToString = ['Exception: System.Exception', 'System.IO.IOException: Disk full', '   at Shop.Io.Write()'];
    expect(labelledFieldsAsToString(labelOverToString)).toEqual(labelOverToString);
    const messageAlone = ['Message: Disk full', 'System.IO.IOException: Disk full', '   at Shop.Io.Write()'];
    expect(labelledFieldsAsToString(messageAlone)).toEqual(messageAlone);
    // A sentence after the label is no type's name.
    const prose = ['Exception: the order service is down', 'Message: retry later', '   at Shop.Io.Write()'];
    expect(labelledFieldsAsToString(prose)).toEqual(prose);
  });

  it('keeps an empty message as the type alone and drops only the frames\' label', () => {
    expect(labelledFieldsAsToString(['Exception: Shop.OrderException', 'Message:', '', 'Stack:', '   at Shop.Io.Write()'])).toEqual(['Shop.OrderException', '   at Shop.Io.Write()']);
    expect(labelledFieldsAsToString(['Exception: Shop.OrderException', 'Message: lost', '   at Shop.Io.Write()'])).toEqual(['Shop.OrderException: lost', '   at Shop.Io.Write()']);
  });
});
