// Go panics as net/http's recover logs them, pasted from issue threads (threads-8):
// - a fault in Go 1.4-1.6 prints no `panic` frame, so the recovering handler's closure
//   (`net/http.(*conn).serve.func1`, Go 1.4's `net/http.func·011`) sits above the faulting frame;
//   where the handler logged the panic (`http: panic serving …`) it is the handler, not a function
//   the failing code called — read as `raised by`, one gotty failure was two signatures (Go 1.6
//   and 1.4 builds, yudai/gotty#89 and dit4c/dockerfile-gotty#1);
// - Go 1.4 and older named the panic frame `runtime.panic` (panic.c), and a paste may begin below
//   the goroutine header (`[running]:`, willnorris/imageproxy#7) or stop after a function line
//   (golang/go#27709): read as no frame, both were known by the nil-dereference message and merged;
// - under a GOPATH a dependency's frames look like the program's: where `main`'s files name the
//   program's repository, a frame in another repository is a dependency (go-bindata-assetfs
//   under bleve-explorer and go-fuzz was their crash site, one signature with gotty's).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-8', 'go');
const sigOf = (source: string) => {
  const fp = createFingerprinter();
  const r = rows.find((x) => x.source.endsWith(source))!;
  return fp.fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
};
const framesOf = (source: string) => parseStacktrace(rows.find((x) => x.source.endsWith(source))!.stacktrace!).exceptions[0].frames.map((f) => `${f.module}.${f.function}`);

describe('Go panics recovered by net/http, as pasted', () => {
  it("groups gotty's Go 1.6 and Go 1.4 pastes: the recovering closure is not `raised by`", () => {
    const a = sigOf('gotty/issues/89');
    const b = sigOf('dockerfile-gotty/issues/1');
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.explain.some((e) => e.startsWith('raised by'))).toBe(false);
  });

  it('reads a Go 1.2 goroutine pasted without its header, and a paste cut after a function line', () => {
    expect(framesOf('imageproxy/issues/7')[0]).toBe('github.com/willnorris/imageproxy/proxy.(*Proxy).ServeHTTP');
    expect(framesOf('golang/go/issues/27709')).toEqual(['github.com/ipfs/go-ipfs-api.(*RequestBuilder).Send']);
    expect(sigOf('imageproxy/issues/7').fingerprint).not.toBe(sigOf('golang/go/issues/27709').fingerprint);
  });

  it("keeps a GOPATH dependency out of the crash site where main's repository is known", () => {
    const fuzz = sigOf('go-fuzz/issues/135');
    expect(fuzz.culprit).toMatch(/^main\.\(\*Master\)\.index/);
    expect(new Set([sigOf('gotty/issues/89'), sigOf('bleve-explorer/issues/7'), fuzz].map((s) => s.fingerprint)).size).toBe(3);
  });

  it('leaves other stacks as they were', () => {
    // Near misses: hub's builds (main.go under a package build's `src/`, not a GOPATH import
    // path) keep their packages in-app and one signature; a panic with its `panic(…)` frame
    // drops what is above it as before; a function line followed by another language's file,
    // or by anything but its file, is no frame.
    const hub = ['hub/issues/1296', 'hub/issues/2068', 'hub/issues/1480'].map((s) => sigOf(s));
    expect(new Set(hub.map((s) => s.fingerprint)).size).toBe(1);
    expect(hub[0].culprit).toMatch(/^github\.com\/github\/hub\/git\.WorkdirName/);
    expect(framesOf('vpp/issues/1728')[0]).toBe('net.networkNumberAndMask');
    expect(parseStacktrace('panic: boom\n\ngoroutine 1 [running]:\nmain.handle()\n/app/handler.py:12').exceptions[0].frames).toEqual([]);
    expect(parseStacktrace('panic: boom\n\ngoroutine 1 [running]:\nmain.handle()\n\t/app/main.go:12 +0x1\nmain.main()\nsee the log').exceptions[0].frames.map((f) => f.function)).toEqual(['handle']);
  });
});
