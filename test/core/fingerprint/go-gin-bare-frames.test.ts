// gin's recovered panic where the binary's sources are not on the machine: recovery.go's
// `stack` prints `file.go:N (0xPC)` and skips the `\tfunction: source` line of a file it cannot
// read, so a release build's dump is only those lines. Found in threads-12
// (issue-thread-traces-12.test.ts): Pelican's cache read as no frame and had the signature of
// every nil dereference known by its message.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const pelican = loadThreadTraces('threads-12', 'go').find((r) => r.source.endsWith('PelicanPlatform/pelican/issues/3709'))!;
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'pelican', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe("gin's recovery rows without their function lines", () => {
  it("real: the locations below the runtime's panic are frames, the program's file the crash site (PelicanPlatform/pelican#3709)", () => {
    const frames = parseStacktrace(pelican.stacktrace!).exceptions[0].frames;
    expect(frames[0].file).toBe('/root/go/pkg/mod/gorm.io/gorm@v1.25.7/gorm.go');
    expect(frames.map((f) => f.file)).not.toContain('/usr/local/go/src/runtime/panic.go');
    expect(fingerprintOf(pelican).culprit).toContain('database/collection.go');
  });

  it('real: another program file at the top is another signature', () => {
    const other = pelican.stacktrace!.replace('/pelican-build/database/collection.go:1697', '/pelican-build/database/namespace.go:41');
    expect(fingerprintOf({ ...pelican, stacktrace: other }).fingerprint).not.toBe(fingerprintOf(pelican).fingerprint);
  });

  it('near misses: gin rows with their function lines read as before, and one location alone is no trace', () => {
    const full = 'runtime error: boom\n/app/handlers/user.go:42 (0x8a3f21)\n\tGetUser: u := users[id]\n/root/go/pkg/mod/github.com/gin-gonic/gin@v1.9.1/context.go:174 (0x8a1b2c)\n\t(*Context).Next: c.handlers[c.index](c)';
    expect(parseStacktrace(full).exceptions[0].frames.map((f) => f.function)).toEqual(['GetUser', '(*Context).Next']);
    expect(parseStacktrace('saved /app/handlers/user.go:42 (0x8a3f21)').runtime).not.toBe('go');
  });
});
