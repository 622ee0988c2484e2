// How a trace's text is read before any parser sees it (plain-text.ts); the real-data check is
// another-occurrence.test.ts's, which rewrites every issue-thread trace as another carrier would.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/core/fingerprint/plain-text.js';

describe('a trace read as plain lines', () => {
  it("drops Windows' carriage returns, spaces ending lines and blank lines around the text", () => {
    expect(plainText('\r\nSystem.Exception: boom  \r\n   at Shop.A.B()\t\r\n\r\n')).toBe('System.Exception: boom\n   at Shop.A.B()');
  });

  it('drops a quote mark or an indentation every line shares, and keeps what a line has beyond it', () => {
    const python = 'Traceback (most recent call last):\n  File "/app/a.py", line 3, in <module>\n    main()\nValueError: bad';
    expect(plainText(python.split('\n').map((l) => `    ${l}`).join('\n'))).toBe(python);
    expect(plainText(python.split('\n').map((l) => `> ${l}`).join('\n'))).toBe(python);
    expect(plainText(`> panic: boom\n>\n> goroutine 1 [running]:`)).toBe('panic: boom\n\ngoroutine 1 [running]:');
  });

  it('near miss: a text already plain is the same string, and a mark or indentation only some lines have stays', () => {
    const trace = 'panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:9 +0x1d';
    expect(plainText(trace)).toBe(trace);
    expect(plainText('> 5 retries left\nthen gave up')).toBe('> 5 retries left\nthen gave up');
    expect(plainText('   at Shop.A.B()\nSystem.Exception: boom')).toBe('   at Shop.A.B()\nSystem.Exception: boom');
  });
});
