// A recovery middleware's `file:line (0xpc)` stack from Go 1.3 and older, whose panic machinery is
// the runtime's C (`runtime/panic.c`, a fault's sigpanic in `runtime/os_<os>.c`): martini's record
// in Gogs (gogs/gogs#285) and negroni's in tsuru-server 0.6 (tsuru/tsuru#906), found in threads-50
// (issue-thread-traces-50.test.ts). Read for Go files only, Gogs' record was keyed by its last C
// location line as the message and tsuru's at negroni's recovery.go, the recovering handler.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { PANIC_MACHINERY_FILE, RUNTIME_C_FILE } from '../../../src/core/fingerprint/go-c-runtime-location.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-50', 'go');
const row = (suffix: string) => rows.find((r) => r.source.endsWith(suffix))!.stacktrace!;
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

/** A Go 1.2 recovery's record of `value` at `file`, its C machinery `machinery`, with the recovering handler's frame above it or not. */
const record = (value: string, file: string, machinery: string[], handler: boolean) =>
  [
    `PANIC: ${value}`,
    ...(handler ? ['/home/u/go/src/github.com/codegangsta/negroni/recovery.go:29 (0x5b9b96)'] : []),
    ...machinery,
    `/home/u/go/src/example.com/shop/${file} (0x62dc1a)`,
    '/home/u/go/src/example.com/shop/api/handler.go:51 (0x43e8ba)',
    '/usr/lib/go/src/pkg/net/http/server.go:1220 (0x551680)',
  ].join('\n');
const INDEX = ['/usr/lib/go/src/pkg/runtime/panic.c:482 (0x41684d)', '/usr/lib/go/src/pkg/runtime/panic.c:433 (0x416667)'];
const FAULT = ['/usr/lib/go/src/pkg/runtime/panic.c:482 (0x41684d)', '/usr/lib/go/src/pkg/runtime/os_linux.c:222 (0x415e1a)'];

describe("a Go 1.3-and-older recovery's stack through the runtime's C files", () => {
  it("real: martini's record in Gogs is keyed by its value and its crash site repo.go (gogs/gogs#285)", () => {
    const r = fingerprintOf(row('gogs/gogs/issues/285'));
    expect(r.message).toBe('runtime error: index out of range');
    expect(r.culprit).toBe('middleware/repo.go');
  });

  it("real: negroni's recovery.go above the C machinery is the handler, not the crash site (tsuru/tsuru#906)", () => {
    expect(fingerprintOf(row('tsuru/tsuru/issues/906')).culprit).toBe('cluster/image.go');
  });

  it('made-up: one panic recovered by negroni (its frame above the machinery) and by martini (none) is one signature', () => {
    expect(fingerprintOf(record('runtime error: index out of range', 'store/image.go:158', INDEX, true)).fingerprint).toBe(fingerprintOf(record('runtime error: index out of range', 'store/image.go:158', INDEX, false)).fingerprint);
  });

  it('near misses: one message at two statements, and two messages at one statement, stay apart', () => {
    const at = (file: string, value = 'runtime error: index out of range', machinery = INDEX) => fingerprintOf(record(value, file, machinery, true)).fingerprint;
    expect(at('store/image.go:158')).not.toBe(at('store/container.go:40'));
    expect(at('store/image.go:158')).not.toBe(at('store/image.go:158', 'runtime error: invalid memory address or nil pointer dereference', FAULT));
  });

  it("near misses: only the runtime package's C files are locations, and only its panic and fault files the machinery", () => {
    expect(RUNTIME_C_FILE.exec('D:/go/src/pkg/runtime/panic.c:482 (0x4155e8)')?.[1]).toBe('D:/go/src/pkg/runtime/panic.c');
    expect(RUNTIME_C_FILE.test('/app/cgo/runtime_helper.c:12 (0x4155e8)')).toBe(false);
    expect(RUNTIME_C_FILE.test('/app/vendor/lib/hash.c:12 (0x4155e8)')).toBe(false);
    expect(PANIC_MACHINERY_FILE.test('/usr/lib/go/src/pkg/runtime/os_linux.c')).toBe(true);
    expect(PANIC_MACHINERY_FILE.test('/usr/local/go/src/runtime/signal_unix.go')).toBe(true);
    expect(PANIC_MACHINERY_FILE.test('/usr/lib/go/src/pkg/runtime/proc.c')).toBe(false);
    expect(PANIC_MACHINERY_FILE.test('/app/myruntime/panic.c')).toBe(false);
  });
});
