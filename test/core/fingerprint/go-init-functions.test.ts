// A Go package's init functions are numbered in the order the compiler meets them (`main.init.0`,
// `main.init.1`), so the number is dropped (quic-go's one check was `init.0` in one release and
// `init.1` in the next: issue-thread-classes.test.ts). With it gone, every init of a package was
// one crash site: two settings read by inits in config.go and limits.go, each panicking on a value
// that does not parse, were one signature. The init's file (its base name) now tells them apart:
// an init is declared in a file, and adding one elsewhere renumbers it but leaves its file alone.
// Real Go 1.26 crash reports on stderr: programs/go-bugs-5/boot (build 2 adds an init in a file
// sorted before both and is built with -trimpath, so config.go's init is `main.init.1` there, the
// name limits.go's has in build 1).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { frameKey } from '../../../src/core/fingerprint/frame-key.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; build: string; body: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-5-boot.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe("a Go package's init functions", () => {
  it('are told apart by their file, each one across builds that renumber it', () => {
    expect(new Set(rows.map((r) => r.failure)).size).toBe(2);
    const fp = createFingerprinter();
    const results = rows.map((r) => ({ ...r, result: fp.fingerprint({ source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'go' }) }));
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
  });

  it('key the file only for a numbered init, by its base name', () => {
    expect(frameKey({ function: 'init.0', module: 'main', file: '/work/shop/boot/config.go', line: 21 }, 'go')).toBe('main.init config.go');
    expect(frameKey({ function: 'init.1', module: 'main', file: 'example.com/shop/boot/config.go', line: 21 }, 'go')).toBe('main.init config.go');
    // Near misses: a closure in an init, a function literal elsewhere and an ordinary function
    // keep the keys they had (no file).
    expect(frameKey({ function: 'init.0.func1', module: 'main', file: '/work/shop/boot/config.go', line: 22 }, 'go')).toBe('main.init');
    expect(frameKey({ function: 'rate.func1', module: 'main', file: '/work/shop/shop.go', line: 138 }, 'go')).toBe('main.rate');
    expect(frameKey({ function: 'initCache', module: 'main', file: '/work/shop/cache.go', line: 9 }, 'go')).toBe('main.initCache');
  });
});
