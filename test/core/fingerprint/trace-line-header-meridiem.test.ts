// A line header (trace-line-headers.test.ts) whose time is a 12-hour clock's, its meridiem after
// it: Rancher's log viewer copies a pod's log as `Fri, Aug 26 2022 1:05:32 pm | ` + the line.
// Found in threads-13 (issue-thread-traces-13.test.ts, konpyutaika/nifikop#156): the header was
// cut after its last token holding a digit, so `pm | ` stayed before every line and the Go
// panic read as an unknown format.
import { describe, expect, it } from 'vitest';
import { parseStacktrace, withoutLineHeaders } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const nifikop = () => loadThreadTraces('threads-13', 'go').find((r) => r.source.endsWith('konpyutaika/nifikop/issues/156'))!;

describe("a line header's 12-hour time with its meridiem", () => {
  it("real: Rancher's `Fri, Aug 26 2022 1:05:32 pm | ` goes from every line and the panic reads as Go (nifikop#156)", () => {
    const plain = withoutLineHeaders(nifikop().stacktrace!).split('\n');
    expect(plain[0]).toBe('panic: runtime error: invalid memory address or nil pointer dereference [recovered]');
    expect(plain).toContain('goroutine 575 [running]:');
    expect(parseStacktrace(nifikop().stacktrace!).runtime).toBe('go');
  });

  it('near miss: upper-case `PM` closes the time the same way', () => {
    const text = nifikop().stacktrace!.replaceAll(' pm | ', ' PM | ');
    expect(withoutLineHeaders(text).split('\n')[0]).toBe('panic: runtime error: invalid memory address or nil pointer dereference [recovered]');
  });

  it('near miss: a header whose time has no meridiem is cut where it was (`pm` of the line is kept)', () => {
    const lines = ['2022/08/26 13:05:32 worker: panic: boom', '2022/08/26 13:05:32 worker: pm ready', '2022/08/26 13:05:32 worker: done'];
    expect(withoutLineHeaders(lines.join('\n')).split('\n')).toEqual(['worker: panic: boom', 'worker: pm ready', 'worker: done']);
  });

  it('near miss: a word after the time that only some lines share is the lines\' own', () => {
    const lines = ['12:05:32 pm started', '12:05:32 pm stopped', '12:05:32 am restarted'];
    // The three lines share `12:05:32 ` only: not a header of twelve characters, returned as they are.
    expect(withoutLineHeaders(lines.join('\n'))).toBe(lines.join('\n'));
  });
});
