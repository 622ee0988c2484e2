// A trace behind syslog's or the journal's header with another program's line after it
// (syslog-other-program-tail.ts, stacktrace/detect.ts withoutLineHeaders). Found in threads-42
// (issue-thread-traces-42.test.ts): Telegraf 1.17.1's pingToURL panic in the journal, systemd's
// exit line under it (influxdata/telegraf#8766), read as no frame, and another signature than the
// same panic pasted plain in the same thread.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { otherProgramTail } from '../../../src/core/fingerprint/syslog-other-program-tail.js';
import { loadThreadTraces } from './thread-traces.js';

const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const panic = (site: string) => [
  'panic: runtime error: invalid memory address or nil pointer dereference',
  '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x92f030f]',
  'goroutine 376 [running]:',
  `example.com/agent/plugins/probe.(*Probe).${site}(0xc59ce10, 0xc8ef651)`,
  '        /go/src/example.com/agent/plugins/probe/probe.go:22 +0x13f',
  'example.com/agent/plugins/probe.(*Probe).Gather.func1(0xc59ce10)',
  '        /go/src/example.com/agent/plugins/probe/probe.go:138 +0x85',
  'created by example.com/agent/plugins/probe.(*Probe).Gather',
  '        /go/src/example.com/agent/plugins/probe/probe.go:131 +0x91',
];
const journal = (lines: string[], tag = 'agent[5427]') => lines.map((l) => `Jan 28 09:13:00 localhost ${tag}: ${l}`);
const systemd = ['Jan 28 09:13:00 localhost systemd[1]: agent.service: Main process exited, code=exited, status=2/INVALIDARGUMENT'];

describe("another program's line after a trace in the journal", () => {
  it("real: pingToURL's panic in the journal with systemd's line, and pasted plain, is one signature (telegraf#8766)", () => {
    const rows = loadThreadTraces('threads-42', 'go').filter((r) => r.source === 'https://github.com/influxdata/telegraf/issues/8766');
    const [plain, journald] = rows.map((r) => fp(r.stacktrace!));
    expect(journald.culprit).toContain('pingToURL');
    expect(journald.fingerprint).toBe(plain.fingerprint);
  });

  it('reads the trace under the tag, with one or two other lines after it, as the trace pasted plain', () => {
    const plain = fp(panic('Probe').join('\n'));
    expect(fp([...journal(panic('Probe')), ...systemd].join('\n')).fingerprint).toBe(plain.fingerprint);
    expect(fp([...journal(panic('Probe')), ...systemd, 'Jan 28 09:13:05 localhost systemd[1]: agent.service: Failed with result \'exit-code\'.'].join('\n')).fingerprint).toBe(plain.fingerprint);
    expect(fp(journal(panic('Probe')).join('\n')).fingerprint).toBe(plain.fingerprint);
  });

  it('near miss: another crash site behind the same header and tail stays apart', () => {
    const a = fp([...journal(panic('Probe')), ...systemd].join('\n'));
    const b = fp([...journal(panic('Resolve')), ...systemd].join('\n'));
    expect(a.fingerprint).not.toBe(b.fingerprint);
  });

  it("near miss: lines of two programs throughout, the same program's last line, or a tail of three are not such a tail", () => {
    const lines = journal(panic('Probe'));
    // Two programs interleaved: the lines before the tail do not all carry the first line's tag.
    const interleaved = [...lines.slice(0, 4), ...systemd, ...lines.slice(4), ...systemd];
    expect(otherProgramTail(interleaved, 2)).toBe(0);
    // The program's own last line is no other program's.
    expect(otherProgramTail([...lines, 'Jan 28 09:13:00 localhost agent[5427]: exiting'], 2)).toBe(0);
    // More lines after the trace than a tail holds.
    expect(otherProgramTail([...lines, ...systemd, ...systemd, ...systemd], 2)).toBe(0);
    // A tag at another place (another header's layout) is not the same kind of line.
    expect(otherProgramTail([...lines, 'Jan 28 09:13:00 otherhostname systemd[1]: stopped'], 2)).toBe(0);
    expect(otherProgramTail([...lines, ...systemd], 2)).toBe(1);
  });
});
