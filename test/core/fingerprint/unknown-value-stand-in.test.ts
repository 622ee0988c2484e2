// A milter's `(unknown-jobid)`, printed where the MTA passed no queue id, is the id's stand-in and a
// value as the id is (unknown-value-stand-in.ts): opendmarc 1.4.2's per-message lines were one
// template with a queue id and another without (programs/opendmarc, server-logs-61.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { unknownValueStandIn } from '../../../src/core/fingerprint/unknown-value-stand-in.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';

function together(a: string, b: string): boolean {
  const fp = createFingerprinter();
  const ids = resolveAliases([a, b, a, b].map((body) => fp.fingerprint({ source: 'log', service: 'opendmarc', body })));
  return ids[0] === ids[1];
}

describe("a missing value's (unknown-…) stand-in", () => {
  it('is a value where the id it stands for goes, in either order, the punctuation after it kept', () => {
    expect(unknownValueStandIn('(unknown-jobid):')).toBe(':');
    expect(unknownValueStandIn('(unknown-jobid)')).toBe('');
    expect(unknownValueStandIn('(unknown-client-id),')).toBe(',');
    // The DMARC result after the domain is a value of its own since rounds-fp/48 (authentication-result.ts).
    expect(templateTokens('(unknown-jobid): <hostname> pass', 40)).toEqual(['<*>: <hostname>', '<result>']);
    const withId = 'Dec  7 10:24:29 opendmarc[31711]: 684A2FC801: example.test pass';
    const without = 'Dec  7 10:24:42 opendmarc[31711]: (unknown-jobid): example.test pass';
    expect(together(withId, without)).toBe(true);
    expect(together(without, withId)).toBe(true);
    expect(together('Dec  7 10:24:42 opendkim[9]: (unknown-jobid): no signing table match for \'x@y.test\'', 'Dec  7 10:24:29 opendkim[9]: 0B7LqJ0d012345: no signing table match for \'x@y.test\'')).toBe(true);
  });

  it('near misses: other words in parentheses, the word bare or cut short, an exception message, the statement after it', () => {
    for (const token of ['(unknown)', 'unknown-jobid', 'unknown-jobid:', '(unknown-jobid', '(null)', '(nil)', '(read-only)', '(non-blocking)', '(Unknown-Jobid)', 'f(unknown-jobid)', '(unknown-jobid).'])
      expect(unknownValueStandIn(token)).toBeUndefined();
    expect(templateTokens('expected a job, got (unknown-jobid)', 40, 'message')).toContain('(unknown-jobid)');
    // the stand-in is the id's value, not the line's words: two statements after it stay apart
    expect(together('Dec  7 10:24:42 opendmarc[3]: (unknown-jobid): example.test pass', 'Dec  7 10:24:42 opendmarc[3]: (unknown-jobid): ignoring mail from example.test')).toBe(false);
    expect(together('Dec  7 10:24:42 opendmarc[3]: 684A2FC801: example.test pass', 'Dec  7 10:24:42 opendmarc[3]: (read-only): example.test pass')).toBe(false);
    expect(together('mount /data (read-only): done', 'mount /data (unknown-jobid): done')).toBe(false);
  });
});
