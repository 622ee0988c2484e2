// A logger's header on every line of a trace but the first: the reporter's selection began after
// the stamp on the panic's own line. Found in threads-39 (issue-thread-traces-39.test.ts):
// terraform-provider-helm#423 pasted `panic: runtime error: …` bare over go-hclog's
// `<time> [DEBUG] plugin.terraform-provider-helm_v1.0.0_x4: ` before every other line, and since
// the first line did not share it, no line lost it: the panic read as no frame.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutLineHeaders } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const row = (source: string) => loadThreadTraces('threads-39', 'go').find((r) => r.source.endsWith(source))!;
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'terraform', stacktrace });
const stamp = '2020-02-26T15:40:09.571+0530 [DEBUG] plugin.terraform-provider-x_v1.0.0_x4: ';
const dump = ['[signal SIGSEGV: segmentation violation code=0x1 addr=0x98 pc=0x24855cc]', '', 'goroutine 119 [running]:', 'example.com/x/pkg.Load(0xc0007b2100)', '\t/src/example.com/x/pkg/load.go:126 +0xa9c'];

describe("a trace's first line pasted without the header every line under it carries", () => {
  it('real: the plugin dump under go-hclog reads its LoadFiles frame, its first line kept (terraform-provider-helm#423)', () => {
    const plain = withoutLineHeaders(row('terraform-provider-helm/issues/423').stacktrace!).split('\n');
    expect(plain[0]).toBe('panic: runtime error: invalid memory address or nil pointer dereference');
    expect(plain[3]).toBe('goroutine 119 [running]:');
    expect(fingerprintOf(row('terraform-provider-helm/issues/423').stacktrace!).frames[0]?.function).toBe('LoadFiles');
  });

  it('made-up: the same dump with its first line headed too reads the same lines', () => {
    const headedAll = ['panic: boom', ...dump].map((l) => (l === '' ? `${stamp.trimEnd()}` : stamp + l)).join('\n');
    const bareFirst = ['panic: boom', ...dump.map((l) => (l === '' ? `${stamp.trimEnd()}` : stamp + l))].join('\n');
    expect(withoutLineHeaders(bareFirst)).toBe(withoutLineHeaders(headedAll));
  });

  it('near misses: two bare lines before the headed ones, fewer than three headed lines, and a header with no stamp are left as they were', () => {
    const twoBare = ['panic: boom', 'more words here', ...dump.map((l) => stamp + l)].join('\n');
    expect(withoutLineHeaders(twoBare)).toBe(twoBare);
    const short = ['panic: boom', ...dump.slice(0, 2).map((l) => stamp + l)].join('\n');
    expect(withoutLineHeaders(short)).toBe(short);
    const noStamp = ['panic: boom', ...dump.map((l) => `[DEBUG] plugin.x: ${l}`)].join('\n');
    expect(withoutLineHeaders(noStamp)).toBe(noStamp);
  });

  it('near miss: a runtime dump whose lines share no header is left as it was', () => {
    const plain = ['panic: boom', '', 'goroutine 1 [running]:', 'main.main()', '\t/app/main.go:9 +0x1d'].join('\n');
    expect(withoutLineHeaders(plain)).toBe(plain);
  });
});
