// A Go import path's owner and repository on GitHub, GitLab or Bitbucket are one repository
// whatever their case (go-repository-case.ts). Found in threads-44 (issue-thread-traces-44.test.ts):
// logrus's TextFormatter.Format failing on the same map read, vendored as `Sirupsen` in go-neb
// (matrix-org/go-neb#146) and as `sirupsen` in lug (sjtug/lug#38), was two signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withRepositoryCaseFolded } from '../../../src/core/fingerprint/go-repository-case.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-44', 'go');
const row = (suffix: string) => rows.find((r) => r.source.endsWith(suffix))!.stacktrace!;
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace }).fingerprint;

/** A goroutine dump whose crashing goroutine runs `pkg.fn` in `file` (a main module's file: in-app). */
const dump = (pkg: string, fn: string, file: string) =>
  ['panic: runtime error: invalid memory address or nil pointer dereference', '', 'goroutine 7 [running]:', `${pkg}.${fn}(0xc000010000)`, `\t${file} +0x1d`, 'main.main()', '\t/src/app/main.go:12 +0x25'].join('\n');

describe("a Go import path's repository on a case-blind host", () => {
  it('folds the owner and repository of github.com, gitlab.com and bitbucket.org only', () => {
    expect(withRepositoryCaseFolded('github.com/Sirupsen/logrus')).toBe('github.com/sirupsen/logrus');
    expect(withRepositoryCaseFolded('gitlab.com/MyGroup/MyTool/cmd')).toBe('gitlab.com/mygroup/mytool/cmd');
    expect(withRepositoryCaseFolded('bitbucket.org/Acme/Lib')).toBe('bitbucket.org/acme/lib');
  });

  it('near miss: the packages below the repository keep their case (git directories are case-sensitive)', () => {
    expect(withRepositoryCaseFolded('github.com/Azure/go-autorest/Autorest')).toBe('github.com/azure/go-autorest/Autorest');
  });

  it('near miss: other hosts and paths without a host are left as they are', () => {
    expect(withRepositoryCaseFolded('example.com/Owner/Repo')).toBe('example.com/Owner/Repo');
    expect(withRepositoryCaseFolded('gopkg.in/Yaml.v2')).toBe('gopkg.in/Yaml.v2');
    expect(withRepositoryCaseFolded('main')).toBe('main');
  });

  it('real: the same logrus statement vendored as Sirupsen (go-neb#146) and sirupsen (lug#38) is one signature', () => {
    expect(fingerprintOf(row('go-neb/issues/146'))).toBe(fingerprintOf(row('lug/issues/38')));
  });

  it('near miss, real: logrus JSONFormatter ranging over the same map (logrus#667) stays apart from both', () => {
    expect(fingerprintOf(row('logrus/pull/667'))).not.toBe(fingerprintOf(row('go-neb/issues/146')));
  });

  it('one crash site whatever the owner case; near miss: packages differing in case below the repository stay apart', () => {
    const a = fingerprintOf(dump('github.com/Acme/shop/orders', 'Load', '/app/orders/load.go:10'));
    const b = fingerprintOf(dump('github.com/acme/shop/orders', 'Load', '/app/orders/load.go:10'));
    const c = fingerprintOf(dump('github.com/acme/shop/Orders', 'Load', '/app/orders/load.go:10'));
    expect(a).toBe(b);
    expect(c).not.toBe(b);
  });
});
