// A localized .NET frame whose culture word a wrong encoding turned into U+FFFD: Sonarr on a
// French Windows prints `à NzbDrone…GetItems() dans M:\…\Deluge.cs:ligne 102`, and the paste in
// Sonarr/Sonarr#2314 (threads-39, issue-thread-traces-39.test.ts) had `� NzbDrone…`. No frame
// was read, NLog's record line above the exception was taken for its message, and the same
// Deluge.GetItems null dereference pasted by three others was another signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { englishFrameLine } from '../../../src/core/fingerprint/dotnet-culture.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-39', 'dotnet');
const row = (source: string) => rows.find((r) => r.source.endsWith(source))!;
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'sonarr', stacktrace });
const R = '\uFFFD';

describe("a localized frame's culture word lost to U+FFFD", () => {
  it('real: the French paste reads its GetItems frame, one signature with the English and mono pastes (Sonarr/Sonarr#2314, #2341)', () => {
    const french = fingerprintOf(row('Sonarr/Sonarr/issues/2314').stacktrace!);
    expect(french.culprit).toContain('Deluge.GetItems');
    expect(french.fingerprint).toBe(fingerprintOf(row('Sonarr/Sonarr/issues/2341').stacktrace!).fingerprint);
  });

  it('made-up: a lost word of one, two or three characters, with the Korean colon, reads as `at`, and a lost `in` word too', () => {
    expect(englishFrameLine(`   ${R} Ns.T.M() dans C:\\src\\T.cs:ligne 48`)).toBe('   at Ns.T.M() in C:\\src\\T.cs:line 48');
    expect(englishFrameLine(`   ${R}${R} Ns.T.M() ${R}${R} C:\\src\\T.cs:${R}${R} 48`)).toBe('   at Ns.T.M() in C:\\src\\T.cs:line 48');
    expect(englishFrameLine(`   ${R}${R}: Ns.T.M()`)).toBe('   at Ns.T.M()');
  });

  it('near misses: four replacement characters, a replacement character before prose or a bare name, and other lost letters stay as they are', () => {
    for (const line of [`   ${R.repeat(4)} Ns.T.M()`, `${R} une instance d'un objet (x)`, `   ${R} Main()`, '   ? Ns.T.M()']) expect(englishFrameLine(line)).toBe(line);
  });
});
