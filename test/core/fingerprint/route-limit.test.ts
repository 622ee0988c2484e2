// A route of the template miner (partition, token count, first token) holds at most 256
// templates (src/core/fingerprint/miner.ts ROUTE_LIMIT). Every line is read against every
// template of its route, so where distinct free text made each line a template of its own, a
// storm of such lines cost time quadratic in its length: 16,000 distinct seven-word lines of one
// route took 33 ms each at the end, 0.4–1.2 ms with the limit (the same sitting, a loaded
// machine). Past the limit a new shape is keyed by its masked text, unmined: its repeats still
// share a signature, and the route's templates still take their lines. What bounds a line's cost
// is the number of templates its route holds, which the first test counts.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

/** `n` seven-token lines starting `Start`, the other six distinct words of letters only (none reads as a value). */
function storm(n: number, seed = 7): string[] {
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff);
  const word = () => {
    let w = 'q';
    for (let x = next(); x > 0; x = Math.floor(x / 26)) w += String.fromCharCode(97 + (x % 26));
    return w;
  };
  return Array.from({ length: n }, () => ['Start', word(), word(), word(), word(), word(), word()].join(' '));
}

const log = (body: string) => ({ source: 'log' as const, service: 'worker', body, severityText: 'ERROR' });

describe('a route of the template miner past its limit', () => {
  it('holds no more templates, and keys a new shape by its masked text', () => {
    const fp = createFingerprinter();
    const lines = storm(600);
    const first = lines.map((body) => fp.fingerprint(log(body)).fingerprint);
    expect(fp.templates).toBe(256);
    // Past the limit each line is its own signature, and the same line again is the same one.
    expect(new Set(first.slice(256)).size).toBe(600 - 256);
    expect(lines.slice(300, 320).map((body) => fp.fingerprint(log(body)).fingerprint)).toEqual(first.slice(300, 320));
  });

  it('still reads a line against the templates it holds', () => {
    const fp = createFingerprinter();
    // One statement naming a job at one place: three names there make it a value's place
    // (miner.ts joinValuePosition), so the route's first template reads `Start job <*> failed …`.
    const named = ['alpha', 'beta', 'gamma'].map((job) => fp.fingerprint(log(`Start job ${job} failed after 3 retries`)).fingerprint);
    for (const body of storm(600)) fp.fingerprint(log(body));
    expect(fp.templates).toBe(256);
    // A name it never saw: the template takes it, where its masked text alone would be a new key.
    expect(fp.fingerprint(log('Start job delta failed after 4 retries')).fingerprint).toBe(named[0]);
  });
});
