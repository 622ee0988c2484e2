// A Go package built outside GOPATH and any module is named by the go tool after its absolute
// directory with `_` before it (`_/home/jmwample/dark-decoys/application/lib.halfPipe`,
// threads-6): the build machine's path. Its last directory is kept, `_/lib`, so the same code
// built in another checkout or on CI is one signature. Found by changing the home directory in
// every issue-thread trace (release-and-host-invariance.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { splitGoFunction } from '../../../src/core/fingerprint/stacktrace/go.js';

const fp = (pkgDir: string, fn = 'halfPipe') => createFingerprinter().fingerprint({
  source: 'span',
  service: 'app',
  stacktrace: [
    'panic: sync: negative WaitGroup counter',
    '',
    'goroutine 18 [running]:',
    'sync.(*WaitGroup).Add(0xc0000a2010, 0xffffffffffffffff)',
    '\t/usr/local/go/src/sync/waitgroup.go:74 +0x147',
    `_${pkgDir}.${fn}(0xc0000a0000)`,
    `\t${pkgDir}/proxy.go:88 +0x2a5`,
    'created by main.main',
    '\t/srv/app/main.go:40 +0x1b4',
  ].join('\n'),
}).fingerprint;

describe('a Go package named by its build directory', () => {
  it('keeps `_/` and its last directory', () => {
    expect(splitGoFunction('_/home/alice/proxy/lib.halfPipe')).toEqual({ module: '_/lib', function: 'halfPipe' });
    expect(splitGoFunction('_/C_/Users/ana/proxy/lib.(*Conn).Close')).toEqual({ module: '_/lib', function: '(*Conn).Close' });
  });

  it('the same code built in two directories is one signature', () => {
    expect(fp('/home/alice/dark-decoys/application/lib')).toBe(fp('/builds/ci/dark-decoys/application/lib'));
  });

  it('near miss: another package directory, or another function, stays apart', () => {
    expect(fp('/home/alice/dark-decoys/application/lib')).not.toBe(fp('/home/alice/dark-decoys/application/relay'));
    expect(fp('/home/alice/dark-decoys/application/lib')).not.toBe(fp('/home/alice/dark-decoys/application/lib', 'fullPipe'));
  });

  it('near miss: module and GOPATH packages are left as printed', () => {
    expect(splitGoFunction('github.com/a/b/lib.f').module).toBe('github.com/a/b/lib');
    expect(splitGoFunction('main.f').module).toBe('main');
  });
});
