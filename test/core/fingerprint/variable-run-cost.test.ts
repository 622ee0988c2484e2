// The search across lengths (src/core/fingerprint/variable-run.ts, miner.ts joinAcrossLengths) reads
// a line no template of its length takes against every template of its head (partition and first
// token). Where distinct free text makes each line a template of its own, that search ran once per
// line over a head that grew by one template per line: on top of the route's own scan, 16,000
// distinct lines of 6 to 30 words under one head cost 7.1 ms each against 1.0 before the search
// (the same sitting, a loaded machine), every one of them a miss. A head past the limit is not
// searched (12,000 such lines: 1.7 ms each with the limit, 1.5–1.8 before the search); below it,
// the search joins what it joined.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { resolveAliases } from '../../helpers/loghub.js';

// ActivityManager's `Start proc %s for %s %s` (variable-run.test.ts; the thread is cited there).
const SERVICE = 'Start proc com.android.incallui for service com.android.dialer/com.android.incallui.InCallServiceImpl: pid=30778 uid=10014 abi=armeabi-v7a';
const PROVIDER = 'Start proc android.process.media for content provider com.android.providers.media/.MediaProvider: pid=30815 uid=10016 abi=armeabi-v7a';

/** `n` lines of distinct words (letters only, so none reads as a value), each starting `Start`, of 6 to 29 tokens. */
function freeText(n: number): string[] {
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff);
  const word = () => {
    let w = 'q';
    for (let x = next(); x > 0; x = Math.floor(x / 26)) w += String.fromCharCode(97 + (x % 26));
    return w;
  };
  return Array.from({ length: n }, () => ['Start', ...Array.from({ length: 5 + (next() % 24) }, word)].join(' '));
}

function signaturesAfter(storm: string[], lines: string[]): string[] {
  const fp = createFingerprinter();
  const all = [...storm, ...lines].map((body) => fp.fingerprint({ source: 'log', service: 'android', body, severityText: 'ERROR' }));
  return resolveAliases(all).slice(storm.length);
}

describe('the search across lengths on a storm of distinct lines', () => {
  it('joins one statement of two lengths beside a few other templates of its head', () => {
    expect(new Set(signaturesAfter(freeText(50), [SERVICE, PROVIDER])).size).toBe(1);
  });

  it('does not search a head holding more templates than the limit', () => {
    const storm = freeText(400);
    const fp = createFingerprinter();
    for (const body of storm) fp.fingerprint({ source: 'log', service: 'android', body, severityText: 'ERROR' });
    // Each storm line a template of its own: the head is past the limit.
    expect(fp.templates).toBeGreaterThan(256);
    expect(new Set(signaturesAfter(storm, [SERVICE, PROVIDER])).size).toBe(2);
  });
});
