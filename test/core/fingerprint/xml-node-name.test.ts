// The names of an XML document's nodes a parser reports about are values (src/core/fingerprint/xml-node-name.ts).
// Real lines: libvirt 9.0's daemon rejecting a domain's and a storage pool's XML (virxml.c's
// virXMLPropEnumInternal) and passing on libxml2 2.9.14's report of a domain's and a network's
// document cut short (catchXMLError), programs/libvirtd, server-logs-63.test.ts.
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

describe("an XML node's name", () => {
  it('one attribute statement and one libxml2 report are one signature each, whatever the node', () => {
    const [bus, type, domain, network, clock] = signatures([
      "2026-12-07 12:36:44.501+0000: 1096: error : virXMLPropEnumInternal:393 : XML error: Invalid value for attribute 'bus' in element 'target': 'bogus'.",
      "2026-12-07 12:36:45.007+0000: 1099: error : virXMLPropEnumInternal:393 : XML error: Invalid value for attribute 'type' in element 'pool': 'tape'.",
      '2026-12-07 12:36:44.310+0000: 1104: error : catchXMLError:1025 : (domain_definition):2: Premature end of data in tag domain line 1\n(null)\n^',
      '2026-12-07 12:36:44.990+0000: 1100: error : catchXMLError:1025 : (network_definition):2: Premature end of data in tag name line 1\n(null)\n^',
      "2026-12-07 12:36:44.620+0000: 1096: error : virDomainDefClockParse:18259 : unsupported configuration: unknown clock offset 'moon'",
    ]);
    expect(type).toBe(bus);
    expect(network).toBe(domain);
    expect(new Set([bus, domain, clock]).size).toBe(3);
  });

  it('near misses: the words unquoted, an attribute with no element, `tag` not before a line, a source file with its line', () => {
    expect(tokens('element not found in cache')).toContain('not');
    expect(tokens("'NoneType' object has no attribute 'email'")).toContain("'email'");
    expect(tokens("object class 'inetOrgPerson' requires attribute 'sn'")).toContain("'sn'");
    expect(tokens("unknown element 'disk' seen")).toContain("'disk'");
    expect(tokens('Opening and ending tag mismatch: disk line 4 and devices')).toContain('mismatch:');
    expect(tokens('tag release line up')).toContain('release');
    expect(tokens('orders.go:12: payment declined')).toContain('orders.go:<int>:');
    expect(tokens('(main.c):12: parse error')[0]).not.toBe('(<name>):<int>:');
  });
});
