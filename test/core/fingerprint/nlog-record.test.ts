// NLog's default layout, `longdate|LEVEL|logger|message` (nlog-record.ts): the Program plugin NRE
// two Wox users logged on Chinese Windows is one signature (Wox-launcher/Wox#1118, #1185;
// threads-26, issue-thread-traces-26.test.ts); two exceptions in such records stay two, and text
// without an Error or Fatal record is read as before.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutNlogRecordLeads } from '../../../src/core/fingerprint/nlog-record.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const wox = loadThreadTraces('threads-26', 'dotnet').filter((r) => r.group === 'dotnet:t26:wox-programplugin-defaultsources-nre');
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const frames = '\n   at Shop.Store.Save(Order order) in /src/Shop/Store.cs:line 40\n   at Shop.Api.Checkout() in /src/Shop/Api.cs:line 12';
const record = (time: string, level: string, message: string) => `2026-12-06 ${time}|${level}|Shop.Store|${message}`;

describe('NLog records around a .NET exception', () => {
  it('real: two users\' logs of one NullReferenceException are one signature (Wox-launcher/Wox#1118, #1185)', () => {
    expect(wox).toHaveLength(2);
    expect(new Set(signaturesInOrder(wox)).size).toBe(1);
  });

  it('real: the Info record before the failure is not its type', () => {
    expect(fp(wox[0].stacktrace!).type).not.toContain('Preload');
  });

  it('the exception in an Error record is read as the bare exception is, whatever the Info records before it', () => {
    const bare = fp(`System.IO.IOException: The disk is full.${frames}`);
    const logged = (count: number, time: string) => fp(`${record(time, 'INFO', `Loaded ${count} orders`)}\n${record(time, 'ERROR', 'System.IO.IOException: The disk is full.')}${frames}`);
    expect(logged(360, '08:58:48.5598').fingerprint).toBe(bare.fingerprint);
    expect(logged(0, '09:20:04.7077').fingerprint).toBe(bare.fingerprint);
    expect(logged(0, '09:20:04.7077').type).toBe('System.IO.IOException');
  });

  it('near miss: two exceptions in Error records are two signatures', () => {
    const at = (message: string) => fp(`${record('10:00:00.0001', 'INFO', 'Saving')}\n${record('10:00:00.0002', 'ERROR', message)}${frames}`).fingerprint;
    expect(at('System.IO.IOException: The disk is full.')).not.toBe(at('System.UnauthorizedAccessException: Access to the path is denied.'));
  });

  it('near miss: without an Error or Fatal record the lines stay as they are (a Warn record may carry the exception)', () => {
    const lines = [record('10:00:00.0001', 'INFO', 'Retrying'), record('10:00:00.0002', 'WARN', 'System.Net.WebException: The operation has timed out.')];
    expect(withoutNlogRecordLeads(lines)).toEqual(lines);
  });

  it('near miss: pipes that are not an NLog record\'s lead are kept', () => {
    const lines = ['EXCEPTION OCCURRED:System.IO.IOException|The disk is full.|Void Save()|   at Shop.Store.Save()', record('10:00:00.0002', 'ERROR', 'Saving failed')];
    expect(withoutNlogRecordLeads(lines)).toEqual([lines[0], 'Saving failed']);
  });
});
