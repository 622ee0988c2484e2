// A Go module at the zero pseudo-version in a -trimpath build's file paths
// (`github.com/celzero/firestack@v0.0.0-00010101000000-000000000000/intra/core/async.go`): the
// version go.mod gives a module a `replace` points at a local directory (a module of one's own
// beside the program; gomobile's bound package). It is the developer's code, not a dependency
// from the module cache. Found in threads-12 (issue-thread-traces-12.test.ts): firestack's
// panic had no in-app frame.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces } from './thread-traces.js';

const firestack = loadThreadTraces('threads-12', 'go').find((r) => r.source.endsWith('celzero/firestack/issues/244'))!;
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'firestack', type: firestack.type, message: firestack.message, stacktrace });

describe('a Go module at the zero pseudo-version', () => {
  it("real: firestack's own frames are in-app, core.Gre the crash site (celzero/firestack#244)", () => {
    const x = fingerprintOf(firestack.stacktrace!);
    expect(x.culprit).toMatch(/^github\.com\/celzero\/firestack\/intra\/core\.Gre/);
  });

  it('near misses: a released version and a real pseudo-version are a dependency as before', () => {
    const released = firestack.stacktrace!.replaceAll('@v0.0.0-00010101000000-000000000000/', '@v1.4.2/');
    expect(fingerprintOf(released).culprit).toBeUndefined();
    const pseudo = firestack.stacktrace!.replaceAll('@v0.0.0-00010101000000-000000000000/', '@v0.0.0-20220629090431-93c1f92c7353/');
    expect(fingerprintOf(pseudo).culprit).toBeUndefined();
  });
});
