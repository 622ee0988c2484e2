// How many instances a signature's errors ran on (src/core/failing-instances.ts): counted from the
// attribute statistics when there are any, else from the samples; a stray sample is not an instance.
import { describe, expect, it } from 'vitest';
import { failingInstances } from '../../src/core/failing-instances.js';

const sample = (pod: string) => new Map([['k8s.pod.name', pod]]);

describe('failingInstances', () => {
  it('counts the pods that each carry a tenth of the errors or more', () => {
    expect(failingInstances({ 'k8s.pod.name': { values: { a: 60, b: 55 }, other: 0 } }, [])).toBe(2);
    expect(failingInstances({ 'k8s.pod.name': { values: { a: 60, b: 3 }, other: 0 } }, [])).toBe(1);
    expect(failingInstances({ 'host.name': { values: { h1: 40 }, other: 0 }, 'k8s.pod.name': { values: { a: 20, b: 20 }, other: 0 } }, [])).toBe(2);
  });
  it('reads the samples when no statistics were kept, and says nothing when no instance key was seen', () => {
    expect(failingInstances(undefined, [sample('a'), sample('b'), sample('a'), sample('b')])).toBe(2);
    expect(failingInstances(undefined, [sample('a'), sample('a'), sample('a')])).toBe(1);
    expect(failingInstances(undefined, [new Map([['http.route', '/x']])])).toBeUndefined();
  });
});
