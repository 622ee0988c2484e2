// A quoted name right after `name` or `named` is a value (src/core/fingerprint/quoted-name-after-name.ts).
// Real lines: libvirt 9.0's daemon looking up networks, pools and interfaces a client named
// (programs/libvirtd, server-logs-63.test.ts), where `'nowhere'` and `'lan1'` were two signatures
// of bridge_driver.c's one statement.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';

const tokens = (line: string) => templateTokens(parameterize(line, true), 128);
const signatures = (bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'libvirtd', body })));
};

describe('a quoted name after `name` or `named`', () => {
  it("libvirt's lookups by name are one signature per statement, whatever the name", () => {
    const [a, b, c, d, e] = signatures([
      "2026-12-07 12:36:45.731+0000: 1099: debug : networkLookupByName:2463 : Network not found: no network with matching name 'nowhere'",
      "2026-12-07 12:36:45.802+0000: 1097: debug : networkLookupByName:2463 : Network not found: no network with matching name 'lan1'",
      "2026-12-07 12:36:45.911+0000: 1099: debug : networkLookupByName:2463 : Network not found: no network with matching name 'nowhere'",
      "2026-12-07 12:36:46.120+0000: 1097: debug : storagePoolObjFindByName:469 : Storage pool not found: no storage pool with matching name 'nopool'",
      "2026-12-07 12:36:46.400+0000: 1098: debug : udevInterfaceLookupByName:428 : Interface not found: couldn't find interface named 'eth9'",
    ]);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(new Set([a, d, e]).size).toBe(3);
    expect(tokens("couldn't find interface named 'eth9'")).toContain('<name>');
  });

  it('near misses: unquoted, capitalised, an identifier with an underscore, another word before the quote', () => {
    expect(tokens('name resolution failed for backend')).toContain('resolution');
    expect(tokens('opening named pipe failed')).toContain('pipe');
    expect(tokens("Name 'x' rejected")).not.toContain('<name>');
    expect(tokens("no field with matching name 'max_workers'")).toContain("'max_workers'");
    expect(tokens("setting 'fast' unknown")).toContain("'fast'");
  });
});
