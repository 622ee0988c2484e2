// A goroutine dump inside a log line as an escaped JSON string: controller-runtime's `Observed a
// panic` record through zap's console encoder puts the dump in the `stacktrace` field, every line
// break `\n` and every file line's tab `\t` as text. Found in threads-15
// (issue-thread-traces-15.test.ts): kong-operator's nil dereference in getParentRef read no frame
// and was one signature with two other operators' nil dereferences.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withLineBreaksUnescaped } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-15', 'go');
const kong = rows.find((r) => r.group === 'go:t15:kong-route-parent-ref-nil')!;
const NIL = 'runtime error: invalid memory address or nil pointer dereference';
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', type: 'panic', message: NIL, stacktrace });

describe('a goroutine dump escaped inside a JSON log field', () => {
  it('is read as the dump it holds (Kong/kong-operator#2529)', () => {
    const read = fingerprintOf(kong.stacktrace!);
    expect(read.culprit).toContain('gateway.getParentRef');
    // The same dump as the runtime printed it, without the logger's line around it.
    const field = kong.stacktrace!.slice(kong.stacktrace!.indexOf('"stacktrace": "') + '"stacktrace": "'.length);
    const printed = field.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
    expect(read.fingerprint).toBe(fingerprintOf(printed).fingerprint);
  });

  it('another operator\'s reconciler with the same message is another signature', () => {
    const other = kong.stacktrace!.replaceAll('gateway.getParentRef', 'gateway.getRouteStatus').replace('route_parent_status.go:91', 'route_status.go:40');
    expect(fingerprintOf(other).fingerprint).not.toBe(fingerprintOf(kong.stacktrace!).fingerprint);
  });

  it('near misses: a Windows path, a message with an escaped break, and a text with its own line breaks are left as they are', () => {
    const windows = 'open C:\\new\\tools\\go.mod: The system cannot find the file specified.';
    expect(withLineBreaksUnescaped(windows)).toBe(windows);
    const message = '{"msg":"reconcile failed\\nretrying","err":"timeout"}';
    expect(withLineBreaksUnescaped(message)).toBe(message);
    const ownBreaks = 'panic: x\n{"stacktrace": "main.main()\\n\\t/app/main.go:9 +0x25"}';
    expect(withLineBreaksUnescaped(ownBreaks)).toBe(ownBreaks);
  });
});
