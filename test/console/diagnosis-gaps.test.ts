import { describe, expect, it } from 'vitest';
import { splitNotChecked } from '../../web/src/diagnosis.js';

describe('what a diagnosis did not check', () => {
  it('takes the evidence lines that say so out of the evidence', () => {
    const evidence = ['host.name=checkout-2: 10 occurrences, 100% of this error vs 20% baseline.', 'Not checked: no trace backend: call order comes from the error spans Rounds stored.', 'not checked: no log backend: no log lines around the errors.'];
    expect(splitNotChecked({ evidence })).toEqual({
      evidence: ['host.name=checkout-2: 10 occurrences, 100% of this error vs 20% baseline.'],
      notChecked: ['no trace backend: call order comes from the error spans Rounds stored', 'no log backend: no log lines around the errors'],
    });
  });

  it('keeps a list the diagnosis gives apart, and says nothing when there is none', () => {
    expect(splitNotChecked({ evidence: ['a'], lacking: ['no healthy baseline'] })).toEqual({ evidence: ['a'], notChecked: ['no healthy baseline'] });
    expect(splitNotChecked({ evidence: ['a', 'b'] })).toEqual({ evidence: ['a', 'b'], notChecked: [] });
  });
});
