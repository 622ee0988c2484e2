// Every output of the fingerprinter on a large, varied input set (equivalence-inputs.ts),
// digested per set and compared with the digests committed in
// test/fixtures/fingerprint/equivalence.json: a change meant only to make fingerprinting
// cheaper must leave every fingerprint, template, message, culprit, frame and explanation as
// it was, or stored signatures would stop meeting their next events. A change that means to
// alter outputs (a new algorithm version, reworded explanations) rewrites the file with
// ROUNDS_WRITE_EQUIVALENCE=1 and says so in its commit.
import { hash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { equivalenceSets, outputsOf } from './equivalence-inputs.js';

const SNAPSHOT = new URL('../../fixtures/fingerprint/equivalence.json', import.meta.url);

describe('fingerprinter outputs on the equivalence sets', () => {
  const sets = equivalenceSets();
  const digests: Record<string, { inputs: number; digest: string }> = {};
  const committed = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, { inputs: number; digest: string }>;

  for (const set of sets) {
    it(set.name, () => {
      const outputs = outputsOf(createFingerprinter, set);
      digests[set.name] = { inputs: outputs.length, digest: hash('sha256', outputs.join('\u0000'), 'hex') };
      if (process.env.ROUNDS_WRITE_EQUIVALENCE === '1') return;
      expect(digests[set.name]).toEqual(committed[set.name]);
    });
  }

  it('covers every committed set, with thousands of inputs', () => {
    expect(Object.keys(digests).sort()).toEqual(sets.map((s) => s.name).sort());
    if (process.env.ROUNDS_WRITE_EQUIVALENCE === '1') writeFileSync(fileURLToPath(SNAPSHOT), JSON.stringify(digests, null, 2) + '\n');
    else expect(Object.keys(committed).sort()).toEqual(Object.keys(digests).sort());
    expect(Object.values(digests).reduce((n, d) => n + d.inputs, 0)).toBeGreaterThan(20_000);
  });
});
