// A Go program at the GOPATH's top under a name of its own (`/opt/dev/src/naraka/main.go`), its
// dependencies fetched beside it at their import paths (`/opt/dev/src/github.com/jinzhu/gorm/`):
// those are a dependency's frames, as they are where main's own path is a remote one
// (go-recovered-panic-frames.test.ts). Found in threads-12 (issue-thread-traces-12.test.ts):
// utron's app and golang/go#23303 both had jinzhu/gorm's clone as crash site, one signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces } from './thread-traces.js';

const row = (runtime: string, collection: string, source: string) => loadThreadTraces(collection, runtime).find((r) => r.source.endsWith(source))!;
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe('a GOPATH program under a local name', () => {
  it("real: jinzhu/gorm's and utron's frames are dependencies, main.main the crash site (go-gorm/gorm#714)", () => {
    const utron = fingerprintOf(row('go', 'threads-12', 'go-gorm/gorm/issues/714'));
    expect(utron.culprit).toMatch(/^main\.main/);
    expect(utron.fingerprint).not.toBe(fingerprintOf(row('go', 'threads-12', 'golang/go/issues/23303')).fingerprint);
  });

  it('a remote import path under the same GOPATH as a local main is a dependency, under another it is not', () => {
    const other = 'panic: boom\n\ngoroutine 1 [running]:\ngithub.com/acme/lib.Do()\n\t/home/me/go/src/github.com/acme/lib/do.go:9 +0x25\nmain.main()\n\t/build/app/src/app/main.go:5 +0x20';
    const local = other.replace('/home/me/go/src/', '/build/app/src/');
    expect(fingerprintOf({ message: 'boom', stacktrace: local }).culprit).toMatch(/^main\.main/);
  });

  it("near misses: no main frame, main under a remote path, and dependencies under another GOPATH are read as before", () => {
    // golang/go#23303 shows no main: gorm's clone stays its crash site.
    expect(fingerprintOf(row('go', 'threads-12', 'golang/go/issues/23303')).culprit).toMatch(/^github\.com\/jinzhu\/gorm\.\(\*DB\)\.clone/);
    const other = 'panic: boom\n\ngoroutine 1 [running]:\ngithub.com/acme/lib.Do()\n\t/home/me/go/src/github.com/acme/lib/do.go:9 +0x25\nmain.main()\n\t/build/app/src/app/main.go:5 +0x20';
    expect(fingerprintOf({ message: 'boom', stacktrace: other }).culprit).toMatch(/^github\.com\/acme\/lib\.Do/);
    // A local package beside main (no host) is the program's own.
    const own = other.replace('/home/me/go/src/github.com/acme/lib/do.go', '/build/app/src/applib/do.go').replace('github.com/acme/lib.Do', 'applib.Do');
    expect(fingerprintOf({ message: 'boom', stacktrace: own }).culprit).toMatch(/^applib\.Do/);
  });
});
