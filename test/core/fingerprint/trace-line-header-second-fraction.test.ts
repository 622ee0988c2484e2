// A line header whose time's fraction of a second changes within the trace: hclog writes each
// line of a Terraform plugin's output with the time it wrote it, so a panic dumped over a
// millisecond's change has `….850+0100 [DEBUG] plugin.…: ` above `….853+0100 …`. Found in
// threads-15 (issue-thread-traces-15.test.ts): terraform-provider-gitfile's concurrent map
// write read no frame and was one signature with terragrunt's.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutLineHeaders } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-15', 'go');
const row = (group: string) => rows.find((r) => r.group === group)!;
const fingerprintOf = (stacktrace: string, message = 'concurrent map writes') =>
  createFingerprinter().fingerprint({ source: 'span', service: 'app', message, stacktrace });

describe('a line header stamped with the fraction of a second each line was written at', () => {
  it('is the header of every line: the plugin panic reads its frames (YelpArchive/terraform-provider-gitfile#14)', () => {
    const gitfile = fingerprintOf(row('go:t15:gitfile-lockcheckout-map-writes').stacktrace!);
    expect(gitfile.culprit).toContain('gitfile.lockCheckout');
    const terragrunt = fingerprintOf(rows.filter((r) => r.group === 'go:t15:terragrunt-copyfieldsmetadata-map-writes')[1].stacktrace!);
    expect(gitfile.fingerprint).not.toBe(terragrunt.fingerprint);
  });

  it('the same dump stamped at one millisecond is read alike', () => {
    const given = row('go:t15:gitfile-lockcheckout-map-writes').stacktrace!;
    const oneTime = given.replace(/13:34:04\.85\d/g, '13:34:04.853');
    expect(fingerprintOf(given).fingerprint).toBe(fingerprintOf(oneTime).fingerprint);
  });

  it('near misses: whole seconds that differ, and a number in the line that is not a time, are left as they are', () => {
    const seconds = '2018-09-10T13:34:04.850+0100 [DEBUG] plugin.p: goroutine 66 [running]:\n2018-09-10T13:34:05.850+0100 [DEBUG] plugin.p: main.main()\n2018-09-10T13:34:06.850+0100 [DEBUG] plugin.p: \t/app/main.go:9 +0x25';
    expect(withoutLineHeaders(seconds)).toBe(seconds);
    // Rollbar's Ruby frames (threads-9): `line N of …` is the frame's own text.
    const ruby = '    line 229 of [PROJECT_ROOT]/app/controllers/decks_controller.rb: block in submit_active_decks\n    line 223 of [PROJECT_ROOT]/app/controllers/decks_controller.rb: each\n    line 223 of [PROJECT_ROOT]/app/controllers/decks_controller.rb: submit_active_decks';
    expect(withoutLineHeaders(ruby)).toBe(ruby);
  });
});
