// The pod's and the container's names a Kubernetes log tail (stern) puts before every line: infra's
// engine's gin Recovery record quoted so (infrahq/infra#1186, threads-50: issue-thread-traces-50.test.ts)
// kept the container's name before its value, `infra net/http: abort Handler`.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isContainerAfterPod } from '../../../src/core/fingerprint/pod-container-prefix.js';
import { loadThreadTraces } from './thread-traces.js';

const prefixed = loadThreadTraces('threads-50', 'go').find((r) => r.source.endsWith('infrahq/infra/issues/1186'))!.stacktrace!;
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });
const relayed = (text: string, header: string) => text.split('\n').map((l) => header + l).join('\n');

describe("a Kubernetes log tail's pod and container names before every line", () => {
  it("real: infra's record is read without both names, one signature with the record as gin printed it (infrahq/infra#1186)", () => {
    const r = fingerprintOf(prefixed);
    expect(r.message).toBe('net/http: abort Handler');
    expect(r.culprit).toBe('engine/engine.go');
    const bare = prefixed.split('\n').map((l) => l.replace('infra-engine-85c4449df9-nw5fb infra ', '')).join('\n');
    expect(r.fingerprint).toBe(fingerprintOf(bare).fingerprint);
  });

  it('made-up: a Go panic relayed from two pods of one Deployment is one signature with the bare panic; two statements stay two', () => {
    const panic = (fn: string) => `panic: runtime error: index out of range [3] with length 2\n\ngoroutine 7 [running]:\nexample.com/shop/cart.${fn}(0xc000010000)\n\t/app/cart/cart.go:42 +0x1d\nexample.com/shop/api.handle(0xc000020000)\n\t/app/api/handle.go:17 +0x2b\n`;
    const bare = fingerprintOf(panic('total')).fingerprint;
    expect(fingerprintOf(relayed(panic('total'), 'shop-api-7d9f8b6c5d-x2x4k api ')).fingerprint).toBe(bare);
    expect(fingerprintOf(relayed(panic('total'), 'shop-api-7d9f8b6c5d-q8zlm api ')).fingerprint).toBe(bare);
    expect(fingerprintOf(relayed(panic('subtotal'), 'shop-api-7d9f8b6c5d-x2x4k api ')).fingerprint).not.toBe(bare);
  });

  it("near misses: a header that does not end in a generated pod name, or a next word that is no container's name, keeps the word", () => {
    expect(isContainerAfterPod('infra-engine-85c4449df9-nw5fb', 'infra')).toBe(true);
    expect(isContainerAfterPod('web01', 'app')).toBe(false);
    expect(isContainerAfterPod('worker-hello', 'app')).toBe(false);
    expect(isContainerAfterPod('10:57:33', 'app')).toBe(false);
    expect(isContainerAfterPod('shop-api-7d9f8b6c5d-x2x4k', 'Panic:')).toBe(false);
    expect(isContainerAfterPod('shop-api-7d9f8b6c5d-x2x4k', 'app[12]:')).toBe(false);
  });
});
