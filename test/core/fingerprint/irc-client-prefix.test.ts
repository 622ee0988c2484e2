// An IRC client's prefix `nick!user@host` (RFC 2812 section 2.3.1; parameterize.ts `hostmask`):
// one value, the client. Found in InspIRCd 3.15's log (programs/inspircd, server-logs-32.test.ts),
// where email took `~alice@127.0.0.1` and left `alice!` a word: every client's line its own
// template until the miner had seen it vary.
import { describe, expect, it } from 'vitest';
import { parameterize } from '../../../src/core/fingerprint/index.js';

describe("an IRC client's prefix", () => {
  it('is one value, with or without the ~ of an unconfirmed user name', () => {
    expect(parameterize('Client exiting: alice!~alice@127.0.0.1 (127.0.0.1) [Quit: bye]', true)).toBe('Client exiting: <hostmask> (<ip>) [Quit: bye]');
    expect(parameterize('Local kill by alice: bob!~bob@127.0.0.1 (Spamming the channel)', true)).toBe('Local kill by alice: <hostmask> (Spamming the channel)');
    expect(parameterize('Failed DIE command from [Guest]42!ident@user/cloak.example.net.', true)).toBe('Failed DIE command from <hostmask>.');
  });

  it('near misses: an address, a bang path, a `!` before a space and a `!` with no user stay what they were', () => {
    expect(parameterize('mail from alice@example.com', true)).toBe('mail from <email>');
    expect(parameterize('uucp path a!b!c@example.com', true)).not.toContain('<hostmask>');
    expect(parameterize('Warning! admin@example.com', true)).toBe('Warning! <email>');
    expect(parameterize('nick!@example.com', true)).not.toContain('<hostmask>');
  });
});
