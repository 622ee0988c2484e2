// Kubernetes' crash handler (apimachinery's HandleCrash, logPanic before it printed a goroutine
// dump) logs `Observed a panic: …` and its callers as bare `file.go:line` lines, no function:
// found in threads-4 (issue-thread-traces-4.test.ts), where two operators' different nil
// dereferences were one signature, the trace read as no frame.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-4/go.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprintOf = (group: string) => {
  const r = rows.find((x) => x.group.endsWith(group))!;
  return createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
};

const observed = (site: string) =>
  `E0919 07:54:18.172914       1 runtime.go:69] Observed a panic: "index out of range" (runtime error: index out of range [3] with length 2)\n/go/pkg/mod/k8s.io/apimachinery@v0.0.0-2019/pkg/util/runtime/runtime.go:76\n/usr/local/go/src/runtime/panic.go:679\n/usr/local/go/src/runtime/panic.go:88\n${site}\n/workspace/controllers/shop_controller.go:109\n/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.2.0/pkg/internal/controller/controller.go:216\n`;

describe("HandleCrash's callers", () => {
  it('are frames keyed by their file, the crash site the first below the runtime raising the panic', () => {
    const parsed = parseStacktrace(observed('/workspace/pkg/orders/load.go:72'));
    expect(parsed.runtime).toBe('go');
    const [e] = parsed.exceptions;
    expect(e.message).toBe('"index out of range" (runtime error: index out of range [3] with length 2)');
    expect(e.frames[0]).toEqual({ file: '/workspace/pkg/orders/load.go', line: 72 });
    const fp = createFingerprinter();
    const a = fp.fingerprint({ source: 'span', service: 'op', stacktrace: observed('/workspace/pkg/orders/load.go:72') });
    const b = fp.fingerprint({ source: 'span', service: 'op', stacktrace: observed('/workspace/pkg/orders/save.go:31') });
    const again = fp.fingerprint({ source: 'span', service: 'op', stacktrace: observed('/workspace/pkg/orders/load.go:75') });
    expect(a.fingerprint).not.toBe(b.fingerprint); // another file: another failure
    expect(again.fingerprint).toBe(a.fingerprint); // line numbers never contribute
  });

  it('near misses: file:line lines without the handler, or prose naming a file, are no Go trace', () => {
    expect(parseStacktrace('/workspace/pkg/orders/load.go:72\n/workspace/main.go:9\n').runtime).not.toBe('go');
    expect(parseStacktrace('Observed a panic in the logs, see main.go:12 for the line\n').runtime).not.toBe('go');
  });

  it('real: two operators whose reconcile dereferenced nil are two failures (banzaicloud/koperator#130, Orange-OpenSource/casskop#16)', () => {
    const kafka = fingerprintOf('koperator-certutil-nil');
    const cassandra = fingerprintOf('casskop-reconcile-nil');
    expect(kafka.frames[0]).toMatchObject({ file: '/workspace/pkg/certutil/main.go', line: 72 });
    expect(cassandra.frames[0]?.file).toMatch(/cassandracluster\/reconcile\.go$/);
    expect(kafka.fingerprint).not.toBe(cassandra.fingerprint);
  });
});
