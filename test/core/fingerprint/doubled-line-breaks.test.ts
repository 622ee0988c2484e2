// A trace pasted with every line break doubled (doubled-line-breaks.ts): the *arr SQLite lock
// pasted with two blank lines after each line reads the message its plain paste reads, and is
// one signature with it (Radarr/Radarr#3427, Sonarr/Sonarr#1960; threads-24,
// issue-thread-traces-24.test.ts); a trace with a blank line of its own is read as before.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutDoubledLineBreaks } from '../../../src/core/fingerprint/doubled-line-breaks.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const dotnet = loadThreadTraces('threads-24', 'dotnet');
const row = (url: string) => dotnet.find((r) => r.source === url)!;
const doubled = row('https://github.com/Radarr/Radarr/issues/3427');
const plain = row('https://github.com/Sonarr/Sonarr/issues/1960');
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

describe('a trace pasted with every line break doubled', () => {
  it('real: the doubled paste and the plain one are one signature (Radarr/Radarr#3427, Sonarr/Sonarr#1960)', () => {
    expect(new Set(signaturesInOrder([doubled, plain])).size).toBe(1);
  });

  it("real: the message's second line is read past the paste's blank lines", () => {
    expect(fp(doubled.stacktrace!).message).toBe(fp(plain.stacktrace!).message);
  });

  it('a doubled trace reads as the same trace with single line breaks', () => {
    const trace = 'System.IO.IOException: disk full\nwhile writing\n   at Shop.Files.Save() in /src/Files.cs:line 9\n   at Shop.Api.Post() in /src/Api.cs:line 20';
    expect(fp(trace.split('\n').join('\n\n\n')).fingerprint).toBe(fp(trace).fingerprint);
  });

  it('near miss: a record header, a blank line and the exception; a short text; no blank line at all', () => {
    const record = ['12:00|Error|Task|Task Error', '', 'System.Exception: boom', '   at A.B()', '   at A.C()'];
    expect(withoutDoubledLineBreaks(record)).toBe(record);
    const short = ['System.Exception: boom', '', '   at A.B()'];
    expect(withoutDoubledLineBreaks(short)).toBe(short);
    const single = ['a', 'b', 'c', 'd'];
    expect(withoutDoubledLineBreaks(single)).toBe(single);
  });

  it('near miss: a doubled paste of a different failure stays a different signature', () => {
    const a = 'System.IO.IOException: disk full\n   at Shop.Files.Save() in /src/Files.cs:line 9\n   at Shop.Api.Post() in /src/Api.cs:line 20\n   at Shop.Host.Run() in /src/Host.cs:line 3';
    const b = a.replace('Files.Save', 'Files.Load');
    expect(fp(a.split('\n').join('\n\n')).fingerprint).not.toBe(fp(b).fingerprint);
  });
});
