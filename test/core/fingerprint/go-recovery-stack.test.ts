// A Go recovery's stack in gin's form (`file.go:N (0xPC)`, the function and source line under it)
// as Gitea logs it and as issues quote it: every line indented by a tab (Gitea 1.14's logger,
// go-gitea/gitea#15558), the function lines indented by spaces (go-gitea/gitea#30156), the record's
// lead before `PANIC: ` (go-gitea/gitea#35188). Found in threads-43 (issue-thread-traces-43.test.ts):
// #15558 and #30156 read no frame and were one signature; #35188's message carried the lead and
// was apart from #36447 and #35095, the same panic in commit_info.go:21.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { recoveredPanicValue } from '../../../src/core/fingerprint/go-recovery-stack.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-43', 'go');
const row = (suffix: string) => rows.find((r) => r.source.endsWith(suffix))!.stacktrace!;
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'gitea', stacktrace });

describe("a Go recovery's `file.go:N (0xPC)` stack, indented, and its `PANIC: ` record", () => {
  it('real: the tab-indented stack of Gitea 1.14 reads its frames, the crash site models/user.go (go-gitea/gitea#15558)', () => {
    const r = fingerprintOf(row('gitea/issues/15558'));
    expect(r.frames.length).toBeGreaterThanOrEqual(10);
    expect(r.culprit).toBe('models/user.go');
    expect(r.message).toBe('runtime error: invalid memory address or nil pointer dereference');
  });

  it("real: function lines indented by spaces are read, and the request logger's re-panic above the second gopanic is not the crash site (go-gitea/gitea#30156)", () => {
    const r = fingerprintOf(row('gitea/pull/30156'));
    expect(r.culprit).toBe('git.CommitStatusesHideActionsURL (git/commit_status.go)');
  });

  it("real: the record's lead before `PANIC: ` is not the message: #35188 is one signature with #36447 and #35095", () => {
    const a = fingerprintOf(row('gitea/issues/35188'));
    expect(a.message).toBe('runtime error: invalid memory address or nil pointer dereference');
    expect(a.fingerprint).toBe(fingerprintOf(row('gitea/issues/36447')).fingerprint);
    expect(a.fingerprint).toBe(fingerprintOf(row('gitea/issues/35095')).fingerprint);
  });

  it('near misses: the four Gitea panics at four statements stay four signatures', () => {
    const signatures = ['gitea/issues/36447', 'gitea/issues/15558', 'gitea/issues/17193', 'gitea/pull/30156'].map((s) => fingerprintOf(row(s)).fingerprint);
    expect(new Set(signatures).size).toBe(4);
  });

  it("near misses: a line without the word is the value as it is; `PANIC:` inside a word is no lead", () => {
    expect(recoveredPanicValue('runtime error: index out of range [5] with length 2')).toBe('runtime error: index out of range [5] with length 2');
    expect(recoveredPanicValue('NOPANIC: x')).toBe('NOPANIC: x');
    expect(recoveredPanicValue('2024/01/02 10:00:00 ...rs/common/errpage.go:26:RenderPanicErrorPage() [E] PANIC: assignment to entry in nil map')).toBe('assignment to entry in nil map');
  });

  it("made-up: gin's own form at column 0 with a tab before each function reads as before, and two functions at one file are two crash sites", () => {
    const stack = (fn: string, line: number) => `runtime error: index out of range [5] with length 2\n/usr/local/go/src/runtime/panic.go:114 (0x435e5d)\n\tgoPanicIndex: panicIndex(x, y)\n/app/shop/cart.go:${line} (0x742104)\n\t${fn}: return c.items[n]\n/app/shop/handler.go:30 (0x7421aa)\n\tcheckout: total(c, n)\n`;
    const a = fingerprintOf(stack('total', 13));
    expect(a.culprit).toBe('shop.total (shop/cart.go)');
    expect(a.fingerprint).not.toBe(fingerprintOf(stack('subtotal', 21)).fingerprint);
  });

  it('made-up: a stack indented by four spaces, function lines by eight, reads as the one at column 0', () => {
    const flat = 'PANIC: runtime error: slice bounds out of range\n/app/svc/queue.go:40 (0x51a2b0)\n\tpop: return q.items[1:]\n/app/svc/worker.go:12 (0x51a3c0)\n\trun: item := pop(q)\n';
    const indented = flat.split('\n').map((l) => (l === '' || l.startsWith('PANIC') ? l : l.startsWith('\t') ? `        ${l.slice(1)}` : `    ${l}`)).join('\n');
    expect(fingerprintOf(indented).fingerprint).toBe(fingerprintOf(flat).fingerprint);
    expect(fingerprintOf(indented).culprit).toBe('svc.pop (svc/queue.go)');
  });
});
