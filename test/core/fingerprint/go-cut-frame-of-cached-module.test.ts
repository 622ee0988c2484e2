// A Go frame whose file line the paste cut off, of a module the same trace shows in the module
// cache (`…/pkg/mod/<module>@<version>/…`): a dependency's, as its file would have said. Found
// in threads-29 (issue-thread-traces-29.test.ts): caddy-trojan's quote of Caddy v2.8.0-rc.1's
// AppIfConfigured nil dereference stops at `github.com/caddyserver/caddy/v2.NewContext.func1()`,
// which read as in-app and became the crash site.
import { describe, expect, it } from 'vitest';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const trojan = loadThreadTraces('threads-29', 'go').find((r) => r.source.endsWith('imgk/caddy-trojan/issues/65'))!;
const lastFrame = (text: string) => parseStacktrace(text)!.exceptions[0].frames.at(-1)!;

const dump = (cachedFile: string, cutFunction: string) => [
  'panic: runtime error: invalid memory address or nil pointer dereference',
  '',
  'goroutine 1 [running]:',
  'github.com/acme/lib/store.(*Cache).Get(0x0)',
  `\t${cachedFile} +0x32`,
  `${cutFunction}()`,
].join('\n');

describe('a Go frame cut before its file line, of a module in the module cache', () => {
  it('real: Caddy\'s NewContext.func1 in caddy-trojan\'s quote is library code (imgk/caddy-trojan#65)', () => {
    const f = lastFrame(trojan.stacktrace!);
    expect(f.function).toBe('NewContext.func1');
    expect(f.file).toBeUndefined();
    expect(f.library).toBe(true);
  });

  it('a package inside the cached module, and a -trimpath build\'s `<module>@<version>/`, count', () => {
    expect(lastFrame(dump('/root/go/pkg/mod/github.com/acme/lib@v1.2.0/store/cache.go:40', 'github.com/acme/lib/internal/pool.Take')).library).toBe(true);
    expect(lastFrame(dump('github.com/acme/lib@v1.2.0/store/cache.go:40', 'github.com/acme/lib.Open')).library).toBe(true);
  });

  it('near miss: another module, a module whose name only starts so, or the program\'s own checkout stays as it was', () => {
    expect(lastFrame(dump('/root/go/pkg/mod/github.com/acme/lib@v1.2.0/store/cache.go:40', 'github.com/acme/app/server.Run')).library).toBeUndefined();
    expect(lastFrame(dump('/root/go/pkg/mod/github.com/acme/lib@v1.2.0/store/cache.go:40', 'github.com/acme/library.Open')).library).toBeUndefined();
    expect(lastFrame(dump('/home/dev/src/github.com/acme/lib/store/cache.go:40', 'github.com/acme/lib.Open')).library).toBeUndefined();
    // A -trimpath build's module at the zero pseudo-version is one a `replace` points at a local directory.
    expect(lastFrame(dump('github.com/acme/lib@v0.0.0-00010101000000-000000000000/store/cache.go:40', 'github.com/acme/lib.Open')).library).toBeUndefined();
  });
});
