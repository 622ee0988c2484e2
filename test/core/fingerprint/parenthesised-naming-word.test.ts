// A naming word that opens a parenthesis names what follows it as it does in a sentence
// (template-tokens.ts namesWhatFollows). Real lines: Debian 12's Dropbear 2022.83 refusing root
// with -w and a user whose shell /etc/shells does not list, where svr-session.c's `Exit before
// auth from <%s>: (user '%s', %u fails): %s` was a signature per user name without a digit
// (programs/dropbear, server-logs-48.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'dropbear', body }).fingerprint;
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('a naming word opening a parenthesis', () => {
  it("dropbear's sessions that end before auth are one signature whoever the user", () => {
    const f = createFingerprinter();
    const ended = log(f, "[30897] Dec 06 20:49:43 Exit before auth from <127.0.0.1:48610>: (user 'root', 0 fails): Exited normally");
    expect(log(f, "[30912] Dec 06 20:49:43 Exit before auth from <127.0.0.1:48628>: (user 'fpdbuser48', 0 fails): Exited normally")).toBe(ended);
    expect(log(f, "[31098] Dec 06 20:49:50 Exit before auth from <127.0.0.1:48638>: (user 'alice', 1 fails): Exited normally")).toBe(ended);
    expect(tokens("Exit before auth: (user 'root', 0 fails): Exited normally")).toContain('<name> <int>');
    expect(tokens('session closed (user alice)')).toEqual(['session', 'closed', '(user', '<name>']);
  });

  it('near misses: a failure word or a grammar word after it, another word in the parentheses, a label opening them, another reason', () => {
    expect(tokens('login refused (user unknown)')).toContain('unknown)');
    expect(tokens('login refused (user is locked)')).toContain('is');
    expect(tokens("login refused (reason 'root')")).toContain("'root')");
    expect(tokens('AccessDenied: Access Denied (Service: S3, Status Code: 403, Request ID: 9F2A)')).toContain('S3,');
    const f = createFingerprinter();
    expect(log(f, "[1] Dec 06 20:49:52 Exit before auth from <127.0.0.1:1>: (user 'root', 3 fails): Max auth tries reached - user 'root'"))
      .not.toBe(log(f, "[2] Dec 06 20:49:53 Exit before auth from <127.0.0.1:2>: (user 'root', 0 fails): Exited normally"));
  });
});
