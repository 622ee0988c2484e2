// lldb's `bt` of a Swift program is read as a trace (src/core/fingerprint/lldb-backtrace-frame.ts):
// WordPress for iOS's nil unwrap was keyed by its message alone (threads-57).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-57/others.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const NIL = 'unexpectedly found nil while unwrapping an Optional value';
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', message: NIL, stacktrace });
const bt = (fn: string, file: string, line: number, self: string) =>
  `(lldb) bt\n* thread #1: tid = 0x1c2d, 0x0000000100a1c0a0 libswiftCore.dylib\`Swift._fatalErrorMessage (Swift.StaticString, Swift.StaticString, Swift.StaticString, Swift.UInt) -> () + 160, queue = 'com.apple.main-thread', stop reason = EXC_BAD_INSTRUCTION (code=EXC_I386_INVOP, subcode=0x0)\n` +
  `    frame #0: 0x0000000100a1c0a0 libswiftCore.dylib\`Swift._fatalErrorMessage (Swift.StaticString, Swift.StaticString, Swift.StaticString, Swift.UInt) -> () + 160\n` +
  `  * frame #1: 0x0000000100004e75 Shop\`Shop.${fn}(self=${self}) -> () + 261 at ${file}:${line}\n` +
  `    frame #2: 0x0000000100004f16 Shop\`@objc Shop.${fn}() -> () + 54 at ${file}:0\n` +
  `    frame #3: 0x0000000101006dd0 UIKit\`-[UIViewController loadViewIfRequired] + 1153\n`;

describe("lldb's backtrace of a Swift program", () => {
  it("real: WordPress's nil unwrap is keyed by the setter that unwrapped it (wordpress-mobile/WordPress-iOS#2982)", () => {
    const row = rows.find((r) => r.group.endsWith('wordpress-rich-text-view-background-nil'))!;
    const parsed = parseStacktrace(row.stacktrace!);
    expect(parsed.runtime).toBe('swift');
    expect(parsed.exceptions[0].frames[1]).toMatchObject({ module: 'WordPress', file: 'RichTextView.swift', line: 96 });
    expect(parsed.exceptions[0].frames[1].function).not.toContain('self=');
    expect(createFingerprinter().fingerprint({ source: 'span', service: 'app', message: row.message, stacktrace: row.stacktrace }).culprit).toContain('RichTextView');
  });

  it('near miss: two nil unwraps in two functions are two (they were one, keyed by the message)', () => {
    expect(fp(bt('CartViewController.viewDidLoad', 'CartViewController.swift', 42, '0x00007fb68d7d21d0')).fingerprint).not.toBe(fp(bt('ProfileViewController.viewDidLoad', 'ProfileViewController.swift', 17, '0x00007fb68d7d21d0')).fingerprint);
  });

  it("the same unwrap stopped twice, another object and address each time, is one", () => {
    expect(fp(bt('CartViewController.viewDidLoad', 'CartViewController.swift', 42, '0x00007fb68d7d21d0')).fingerprint).toBe(fp(bt('CartViewController.viewDidLoad', 'CartViewController.swift', 42, '0x00006000025c4e10')).fingerprint);
  });

  it("near miss: a C program's lldb backtrace is not read as Swift", () => {
    const c = '* thread #1, queue = \'com.apple.main-thread\', stop reason = EXC_BAD_ACCESS (code=1, address=0x0)\n  * frame #0: 0x0000000100003f50 a.out`parse_header(buf=0x0000000000000000) at reader.c:12:9\n    frame #1: 0x0000000100003fa0 a.out`main at main.c:5:3\n';
    expect(parseStacktrace(c).runtime).not.toBe('swift');
  });
});
