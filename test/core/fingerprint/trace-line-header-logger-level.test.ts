// A line header that goes on after its time with a bracketed level and the logger's names:
// hclog's, HashiCorp's logger, as Terraform's crash.log writes a provider plugin's output
// (`2017/09/14 09:21:28 [DEBUG] plugin: terraform-provider-baremetal: `), and a header whose
// lines are followed by the logger's next record without it (`2020/03/17 09:01:23 [TRACE]
// dag/walk: …`). Found in threads-12 (issue-thread-traces-12.test.ts): the header was cut
// after its time, or not at all, and two providers' nil dereferences read as no frame, one
// signature by their message.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutLineHeaders } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const row = (source: string) => loadThreadTraces('threads-12', 'go').find((r) => r.source.endsWith(source))!;
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'terraform', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe("a line header's level and logger names", () => {
  it('real: `[DEBUG] plugin: terraform-provider-baremetal: ` goes with the time (hashicorp/terraform#16097)', () => {
    const r = row('hashicorp/terraform/issues/16097');
    expect(withoutLineHeaders(r.stacktrace!).split('\n')[0]).toBe('panic: runtime error: invalid memory address or nil pointer dereference');
    expect(fingerprintOf(r).culprit).toContain('(*CompartmentResourceCrud).ID');
  });

  it("real: a provider's lines are read although terraform's own record follows them (terraform-provider-google#5907)", () => {
    const r = row('hashicorp/terraform-provider-google/issues/5907');
    const plain = withoutLineHeaders(r.stacktrace!).split('\n');
    expect(plain[3]).toBe('goroutine 38 [running]:');
    expect(plain.at(-1)).toMatch(/^2020\/03\/17 09:01:23 \[TRACE\] dag\/walk: /);
    expect(fingerprintOf(r).culprit).toContain('resourceLibvirtDomainRead');
  });

  it('real: the two providers are two signatures, no longer one by their message', () => {
    expect(fingerprintOf(row('hashicorp/terraform/issues/16097')).fingerprint).not.toBe(fingerprintOf(row('hashicorp/terraform-provider-google/issues/5907')).fingerprint);
  });

  it('near misses: a level without a time, a name after a level that is no severity, and more than two lines after the headed ones are left as they were', () => {
    const level = '[DEBUG] plugin: x: panic: boom\n[DEBUG] plugin: x: goroutine 1 [running]:\n[DEBUG] plugin: x: main.main()';
    expect(withoutLineHeaders(level)).toBe(level);
    const stamp = ['panic: boom', 'goroutine 1 [running]:', 'main.main()'].map((l) => `2017/09/14 09:21:28 [STAGE] build: ${l}`).join('\n');
    expect(withoutLineHeaders(stamp).split('\n')[0]).toBe('[STAGE] build: panic: boom');
    const headed = ['panic: boom', 'goroutine 1 [running]:', 'main.main()'].map((l) => `2017/09/14 09:21:28 [DEBUG] plugin: x: ${l}`);
    const tail = [...headed, 'next record a', 'next record b', 'next record c'].join('\n');
    expect(withoutLineHeaders(tail)).toBe(tail);
  });
});
