// A quoted configuration key and the group it sits in, a quoted specification, and the quoted
// name after a message's opening `Service`, in a log line, are what an operator wrote: values
// (configuration-key.ts; template-tokens.ts CONFIGURED_OBJECT_WORDS). Found in avahi-daemon 0.8's
// logs (programs/avahi-daemon, server-logs-30.test.ts), where main.c's `Invalid configuration key
// "%s" in group "%s"` was a signature per key, static-services.c's `invalid txt record value format
// specification "%s"` one per format word, and `Service "%s" (%s) successfully established.` one
// for a one-word name beside one for names with spaces.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (bodies: string[]) => {
  const fp = createFingerprinter();
  return new Set(resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'avahi-daemon', body })))).size;
};

describe('a quoted configuration key and its group', () => {
  it('are values in a log line', () => {
    expect(templateTokens('Invalid configuration key "allow-interface" in group "server"', 40)).toEqual(['Invalid', 'configuration', 'key', '<name>', 'in', 'group', '<name>']);
    expect(templateTokens("unknown key 'cache-size'", 40)).toEqual(['unknown', 'key', '<name>']);
    // After `for key`, the key stays (a near miss below): the group in it is a value all the same.
    expect(templateTokens('Invalid domain name "<*>" for key "browse-domains" in group "server"', 40).slice(-5)).toEqual(['key', '"browse-domains"', 'in', 'group', '<name>']);
  });

  it('near misses: a key after other words, a group not after a key, and an exception message are read as before', () => {
    // MySQL's duplicate entry names the unique index: one failure per index.
    expect(templateTokens("Duplicate entry '<*>' for key 'email'", 40)).toContain("'email'");
    expect(templateTokens('consumer joined group "billing"', 40)).toContain('"billing"');
    expect(templateTokens('the key "server" in group "x"', 40)).toContain('"server"');
    expect(templateTokens('Invalid configuration key "allow-interface"', 40, 'message')).toEqual(['Invalid', 'configuration', 'key', '<*>']);
  });

  it("real: avahi-daemon's invalid keys are one signature", () => {
    const rows = loadServerLog('avahi-daemon.ndjson').filter((r) => r.body.startsWith('Invalid configuration key "'));
    expect(new Set(rows.map((r) => r.body)).size).toBe(5);
    expect(signatures(rows.map((r) => r.body))).toBe(1);
  });
});

describe('a quoted specification, and the quoted name after an opening Service', () => {
  it('are values in a log line', () => {
    expect(templateTokens('<path>: parse failure: invalid protocol specification "ipv5".', 40).at(-1)).toBe('<name>');
    expect(templateTokens('Service "Music" (<path>) successfully established.', 40)[1]).toMatch(/^<name>/);
  });

  it('near misses: a lower-case service, a specification in capitals and an exception message are read as before', () => {
    expect(templateTokens('You have requested a non-existent service "request".', 40)).toContain('"request".');
    expect(templateTokens('SPECIFICATION "ipv5" ignored', 40)).toContain('"ipv5"');
    expect(templateTokens('invalid protocol specification "ipv5"', 40, 'message')).toEqual(['invalid', 'protocol', 'specification', '<*>']);
  });

  it("real: avahi-daemon's rejected TXT value formats and its services are a signature each", () => {
    const rows = loadServerLog('avahi-daemon.ndjson');
    const formats = rows.filter((r) => r.body.includes('invalid txt record value format specification')).map((r) => r.body);
    expect(new Set(formats.map((b) => b.split('"')[1])).size).toBe(2);
    expect(signatures(formats)).toBe(1);
    const services = rows.filter((r) => / Service "[^"]+" \(\S+\) successfully established\.$/.test(r.body)).map((r) => r.body);
    expect(new Set(services.map((b) => b.split('"')[1])).size).toBeGreaterThanOrEqual(2);
    expect(signatures(services)).toBe(1);
  });
});
