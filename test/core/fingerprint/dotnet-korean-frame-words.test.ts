// .NET's frame words on a Korean Windows (dotnet-culture.ts): `위치: Ns.T.M() 파일 C:\src\T.cs:줄 N`,
// the culture's `Word_At` with its own colon. Found in threads-30 (issue-thread-traces-30.test.ts):
// MapleSeed's Korean bug report read as no frame at all.
import { describe, expect, it } from 'vitest';
import { englishFrameLine } from '../../../src/core/fingerprint/dotnet-culture.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const korean = loadThreadTraces('threads-30', 'dotnet').find((r) => r.source.endsWith('/issues/308'))!;

describe('.NET frames in Korean', () => {
  it('real: MapleSeed\'s Korean report reads its four frames, DownloadButton\'s state machine first (Tsume/Maple-Tree#308)', () => {
    const t = parseStacktrace(korean.stacktrace!);
    expect(t.runtime).toBe('dotnet');
    expect(t.exceptions[0].frames.map((f) => f.function)).toHaveLength(4);
    expect(t.exceptions[0].frames[0].module).toBe('MapleCake.Models.MapleButtons.<DownloadButton>d__26');
  });

  it('rewrites the frame and its file into the English form', () => {
    expect(englishFrameLine('   위치: Mod7.Form1.button6_Click(Object sender, EventArgs e) 파일 c:\\csharp\\Mod7\\Form1.cs:줄 102')).toBe('   at Mod7.Form1.button6_Click(Object sender, EventArgs e) in c:\\csharp\\Mod7\\Form1.cs:line 102');
  });

  it('near miss: Korean prose with a colon, and the word without its colon, are no frames', () => {
    for (const line of ['위치: 서울 (본사)', '위치: System.Console', '위치 Shop.Orders.Run()']) expect(englishFrameLine(line)).toBe(line);
  });
});
