// A macOS crash report's `OS Version:` and `Crashed Thread:` rows read as their label and one
// value (src/core/fingerprint/crash-report-row.ts). Rows as os-logs-src/macos.txt lists them, each
// with its thread.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withCrashReportSettingAsValue } from '../../../src/core/fingerprint/crash-report-row.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'macos', body, severityText: 'ERROR' })));
}

describe("a crash report's setting rows", () => {
  it('is one signature per row whatever the system and the thread', () => {
    const versions = signatures([
      // answer-huang/dSYMTools#1
      'OS Version:      Mac OS X 10.9.3 (13D65)',
      // microsoft/vscode#60526: a version without its third part
      'OS Version:            Mac OS X 10.14 (18A391)',
      // cashcon57/mactoy#1: the name since macOS 11
      'OS Version:          macOS 26.5 (25F5058e)',
    ]);
    expect(new Set(versions).size).toBe(1);
    const threads = signatures([
      // exevil/Keys-For-Sketch#3
      'Crashed Thread:        0  Dispatch queue: com.apple.main-thread',
      // HexFiend/HexFiend#234: a queue label of several words
      'Crashed Thread:        3  Dispatch queue: CFPreferences Remote KVO Callback Queue',
      // keepassxreboot/keepassxc#4483: a thread without a name or queue
      'Crashed Thread:        0',
      // salomvary/soundcleod#73: a thread's name
      'Crashed Thread:  3  com.apple.NSURLConnectionLoader',
    ]);
    expect(new Set(threads).size).toBe(1);
    expect(threads[0]).not.toBe(versions[0]);
  });

  it('keeps the rows that name the failure as they were: two exception types, two signatures', () => {
    const [segv, bus, codesign] = signatures([
      // jakob/Postico#316, microsoft/vscode#60526, keepassxreboot/keepassxc#4483
      'Exception Type:        EXC_BAD_ACCESS (SIGSEGV)',
      'Exception Type:        EXC_BAD_ACCESS (SIGBUS)',
      'Exception Type:        EXC_CRASH (Code Signature Invalid)',
    ]);
    expect(new Set([segv, bus, codesign]).size).toBe(3);
  });

  it('reads a label only where it opens the line and a value follows it', () => {
    const bare = ['Crashed', 'Thread:'];
    expect(withCrashReportSettingAsValue(bare)).toBe(bare);
    const inside = ['app:', 'OS', 'Version:', 'Mac', 'OS', 'X', '<version>'];
    expect(withCrashReportSettingAsValue(inside)).toBe(inside);
  });
});
