// A goroutine dump escaped inside one line of a log of several lines: traefik's safe.GoWithRecover
// logs `Error in Go routine: <value>` and then `Stack: <dump>` as two logrus records, the dump's
// breaks and tabs written `\n`/`\t` inside the quoted `msg`. Found in threads-36
// (issue-thread-traces-36.test.ts): traefik's paerser slice-bounds panic and its prometheus
// ListenValueUpdates nil dereference read no frame and were one template.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withLineBreaksUnescaped } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-36', 'go');
const listen = rows.find((r) => r.group === 'go:t36:traefik-prometheus-listenvalueupdates-nil')!;
const paerser = rows.find((r) => r.group === 'go:t36:traefik-paerser-setslice-bounds')!;
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

describe('a goroutine dump escaped inside one line of a several-line log', () => {
  it('is read as the dump it holds (traefik/traefik#7608)', () => {
    const read = fingerprintOf(listen.stacktrace!);
    expect(read.culprit).toContain('ListenValueUpdates');
  });

  it('two panics logged so by one recovery handler are two signatures', () => {
    expect(fingerprintOf(listen.stacktrace!).fingerprint).not.toBe(fingerprintOf(paerser.stacktrace!).fingerprint);
  });

  it('the same dump logged so and printed by the runtime is one signature', () => {
    const logged = ['time="t" level=error msg="Error in Go routine: runtime error: index out of range [3] with length 2"', 'time="t" level=error msg="Stack: goroutine 7 [running]:\\nexample.com/app/jobs.(*Runner).step(0xc0001)\\n\\t/src/app/jobs/runner.go:41 +0x1d\\nexample.com/app/jobs.(*Runner).Run(0xc0001)\\n\\t/src/app/jobs/runner.go:20 +0x4f"'].join('\n');
    const printed = 'panic: runtime error: index out of range [3] with length 2\n\ngoroutine 7 [running]:\nexample.com/app/jobs.(*Runner).step(0xc0001)\n\t/src/app/jobs/runner.go:41 +0x1d\nexample.com/app/jobs.(*Runner).Run(0xc0001)\n\t/src/app/jobs/runner.go:20 +0x4f';
    expect(fingerprintOf(logged).culprit).toContain('(*Runner).step');
    expect(fingerprintOf(logged).fingerprint).toBe(fingerprintOf(printed).fingerprint);
  });

  it('near misses: escaped frames without the goroutine line, a message with an escaped break, and the log\'s other lines stay as they are', () => {
    const framesOnly = 'panic: x\n{"stacktrace": "main.main()\\n\\t/app/main.go:9 +0x25"}';
    expect(withLineBreaksUnescaped(framesOnly)).toBe(framesOnly);
    const message = 'level=error msg="retry\\nfailed" file=/app/main.go:9\nlevel=info msg="goroutine 5 [running]:\\nstill"';
    expect(withLineBreaksUnescaped(message)).toBe(message);
    const windows = 'time="t" msg="open C:\\new\\tools\\go.mod"\ntime="t" msg="Stack: goroutine 1 [running]:\\nmain.main()\\n\\t/app/main.go:9 +0x25"';
    const read = withLineBreaksUnescaped(windows);
    expect(read.split('\n')[0]).toBe('time="t" msg="open C:\\new\\tools\\go.mod"');
    expect(read).toContain('\nmain.main()\n\t/app/main.go:9 +0x25');
  });
});
