// A quoted account after `uid` or `gid` is the account's name, a value (src/core/fingerprint/
// template-tokens.ts QUOTED_NAME_WORDS). The lines are real: Debian 12's opendkim
// 2.11.0~beta2 started with a UserID that is not there (programs/opendkim,
// server-logs-27.test.ts) and monit's uid checks (programs/monit).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

function signatures(service: string, bodies: string[]): string[] {
  const f = createFingerprinter();
  return bodies.map((body) => f.fingerprint({ source: 'log', service, body }).fingerprint);
}

describe('a quoted account after uid or gid', () => {
  it("reads opendkim's `no such user or uid '%s'` as one statement whatever the account", () => {
    const [a, b] = signatures('opendkim', [
      "Dec  6 09:29:11 opendkim[15911]: no such user or uid 'mailfilter'",
      "Dec  6 09:29:11 opendkim[15919]: no such user or uid 'dkim-signer'",
    ]);
    expect(a).toBe(b);
  });

  it('leaves the words after an unquoted uid to the sentence, and a quoted name before it', () => {
    // monit's validate.c `uid test failed for %s -- current uid is %d`, the check's name quoted first.
    const [first, again, other] = signatures('monit', [
      "[2026-12-05T23:05:13+0000] error    : 'big' uid test failed for big -- current uid is 0",
      "[2026-12-05T23:05:21+0000] error    : 'big' uid test failed for big -- current uid is 0",
      "Dec  6 09:29:11 opendkim[15911]: no such user or uid 'mailfilter'",
    ]);
    expect(first).toBe(again);
    expect(other).not.toBe(first);
  });
});
