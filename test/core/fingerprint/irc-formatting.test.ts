// IRC formatting codes in log bodies (src/core/fingerprint/irc-formatting.ts): InspIRCd 3.15's
// m_spanningtree writes the link it names in bold (`Connection to '\x02%s\x02' failed.`) and its
// users.cpp ends a client's real name with a reset (programs/inspircd, server-logs-32.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutIrcFormatting } from '../../../src/core/fingerprint/irc-formatting.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe('IRC formatting codes', () => {
  it('bold, italic, underline, monospace, reverse, reset and colours with their numbers are removed', () => {
    expect(withoutIrcFormatting("Connection to '\x02hub.example.test\x02' failed.")).toBe("Connection to 'hub.example.test' failed.");
    expect(withoutIrcFormatting('[Test user alice\x0f]')).toBe('[Test user alice]');
    expect(withoutIrcFormatting('\x0304,01red\x03 \x1ditalic\x1d \x1funder\x1f \x11mono\x11 \x16rev\x16')).toBe('red italic under mono rev');
  });

  it('near misses: a line without them, and the codes that are something else too, stay as they are', () => {
    expect(withoutIrcFormatting('plain 04,01 line')).toBe('plain 04,01 line');
    // RFC 7464's record separator before a JSON text, and ASCII's end of transmission.
    expect(withoutIrcFormatting('\x1e{"msg":"x"}')).toBe('\x1e{"msg":"x"}');
    expect(withoutIrcFormatting('done\x04')).toBe('done\x04');
    // A colour code's numbers only: the digits of the text after it are the text's.
    expect(withoutIrcFormatting('\x03123 items')).toBe('3 items');
  });

  it('a line with bold and the same line plain are one signature', () => {
    const fp = createFingerprinter();
    const f = (body: string) => fp.fingerprint({ source: 'log', service: 'ircd', body }).fingerprint;
    expect(f("LINK: AUTOCONNECT: Auto-connecting server \x02hub.example.test\x02")).toBe(f('LINK: AUTOCONNECT: Auto-connecting server hub.example.test'));
  });

  it("real: InspIRCd's `Connection to '\\x02%s\\x02' failed.` for an outgoing and an incoming link is one signature", () => {
    const rows = loadServerLog('inspircd.ndjson').filter((r) => r.group.includes('treesocket1.cpp Close'));
    expect(new Set(rows.map((r) => /'\x02([^\x02]+)\x02'/.exec(r.body)![1]))).toEqual(new Set(['hub.example.test', 'inbound from 127.0.0.1']));
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'inspircd', body: r.body })));
    expect(new Set(ids).size).toBe(1);
  });
});
