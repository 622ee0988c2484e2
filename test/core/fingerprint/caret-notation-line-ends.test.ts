// A trace copied from a terminal that shows control characters in caret notation (a serial
// console, `cat -v`, less, vim) ends every line with `^M`, the carriage return. Found in threads-6
// (issue-thread-traces-6.test.ts): vmware/vic's panic pasted so read no frame.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { traceLines } from '../../../src/core/fingerprint/types.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-6/go.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprintOf = (source: string) => {
  const r = rows.find((x) => x.source.endsWith(source))!;
  return createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
};

describe('a trace whose lines end in caret notation', () => {
  it('reads each line without its `^M`, as without a carriage return', () => {
    const go = 'panic: boom^M\n^M\ngoroutine 1 [running]:^M\nmain.handle(0x1)^M\n\t/app/main.go:12 +0x1d^M\n';
    const [e] = parseStacktrace(go).exceptions;
    expect(e.message).toBe('boom');
    expect(e.frames).toMatchObject([{ module: 'main', function: 'handle', line: 12 }]);
    const java = 'java.lang.IllegalStateException: closed ^M\n\tat com.shop.Cart.add(Cart.java:9)^M\n';
    expect(parseStacktrace(java).exceptions[0].frames).toMatchObject([{ function: 'add', line: 9 }]);
  });

  it('near misses: `^M` inside a line, and a line ending in another caret or an `M`, are kept', () => {
    expect(traceLines('press ^M to go on\nsize 4^\nlevel M')).toEqual(['press ^M to go on', 'size 4^', 'level M']);
  });

  it("real: vmware/vic's panic pasted from a serial console is read, its crash site tether's own function (vmware/vic#3489), apart from another program's (golang/go#12813)", () => {
    const vic = fingerprintOf('vmware/vic/issues/3489');
    expect(vic.culprit).toContain('tether.establishNonPty');
    expect(vic.fingerprint).not.toBe(fingerprintOf('golang/go/issues/12813').fingerprint);
  });
});
