// The record type of a DNS question is a value (src/core/fingerprint/dns-question.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withRecordTypesAsValues } from '../../../src/core/fingerprint/dns-question.js';
import { resolveAliases } from '../../helpers/loghub.js';

interface Row { group: string; body: string }
const load = (file: string) => readFileSync(new URL(`../../fixtures/fingerprint/${file}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe('DNS question record types', () => {
  it("reads the type in Unbound's `<name> <type> <class>` and BIND's `<name> <class> <type>`", () => {
    expect(withRecordTypesAsValues(['info:', '<ip>', '<hostname>.', 'AAAA', 'IN'])).toEqual(['info:', '<ip>', '<hostname>.', '<rrtype>', '<rrclass>']);
    expect(withRecordTypesAsValues(['query:', '<hostname>', 'IN', 'AXFR', '-E(<int>)TK'])).toEqual(['query:', '<hostname>', '<rrclass>', '<rrtype>', '-E(<int>)TK']);
    expect(withRecordTypesAsValues(['query:', '<name>', 'CH', 'TXT', '+E(<int>)K'])).toEqual(['query:', '<name>', '<rrclass>', '<rrtype>', '+E(<int>)K']);
    expect(withRecordTypesAsValues(['resolving', '.', 'NS', 'IN'])).toEqual(['resolving', '.', '<rrtype>', '<rrclass>']);
    expect(withRecordTypesAsValues(['query', '<hostname>', 'TYPE65', 'IN'])).toEqual(['query', '<hostname>', '<rrtype>', '<rrclass>']);
  });

  it('leaves upper-case words that are no question alone', () => {
    for (const tokens of [
      ['user', '<name>', 'LOGGED', 'IN'], // no registered type
      ['MX', 'lookup', 'failed', 'for', '<hostname>'], // no class beside it
      ['switch', 'to', 'A', 'IN', 'mode'], // no name before it
      ['<hostname>', 'A', 'record', 'missing'], // no class after it
    ]) expect(withRecordTypesAsValues(tokens)).toBe(tokens);
  });

  it("Unbound's query, resolving and local-zone lines are one statement each whatever the type (unbound-resolver.ndjson, aliases followed)", () => {
    const rows = load('unbound-resolver.ndjson');
    const f = createFingerprinter();
    const predicted = resolveAliases(rows.map((r) => f.fingerprint({ source: 'log', service: 'unbound', body: r.body })));
    for (const group of ['U_QUERY', 'U_RESOLVING', 'U_LOCAL_ZONE_ACTION']) {
      const at = rows.flatMap((r, i) => (r.group === group ? [i] : []));
      expect(new Set(at.map((i) => / (A|AAAA|MX|TXT) IN$/.exec(rows[i].body)?.[1])).size).toBeGreaterThan(1);
      expect(new Set(at.map((i) => predicted[i])).size).toBe(1);
    }
  });

  it('near misses: a word beside a question stays a word', () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'dns', body }).fingerprint;
    // the word before a name stays a word; the class beside the type does not (BIND's query.c
    // log_query formats the class it was asked for as it formats the type: `IN` and `CH`
    // questions are one statement, bind9-named.ndjson's B_QUERY), but `IN` outside a question does
    expect(t('query: www.example.com IN A +E(0)K')).toBe(t('query: version.bind CH TXT +E(0)K'));
    expect(t('user bob LOGGED IN')).not.toBe(t('user bob LOGGED CH'));
    expect(t('blocked www.example.com. A IN')).not.toBe(t('allowed www.example.com. A IN'));
    // a session's state words are no record types
    expect(t('session 7 for alice LOGGED IN')).not.toBe(t('session 7 for alice SIGNED IN'));
  });
});

// CoreDNS 1.11.3's log plugin writes the question in quotes, type first, and the transport after
// the name: `"A IN www.example.test. udp 57 false 1232"` (plugin/log CommonLogFormat; real lines
// from test/fixtures/fingerprint/programs/coredns, server-logs-10.test.ts). Left words, one
// answer code's lines were one template per type and transport (coredns GA 0.404).
describe("CoreDNS's quoted question", () => {
  const rows = load('coredns.ndjson');
  const mine = (group: string) => {
    const f = createFingerprinter();
    const bodies = rows.filter((r) => r.group === group).map((r) => r.body);
    return { bodies, sigs: resolveAliases(bodies.map((body) => f.fingerprint({ source: 'log', service: 'coredns', body }))) };
  };

  it('reads the type and the transport as values', () => {
    expect(withRecordTypesAsValues(['<*>', '<ip>:<int>', '-', '<int>', '"AAAA', 'IN', '<name>', 'tcp', '<int>', 'false', '<int>"'])).toEqual(['<*>', '<ip>:<int>', '-', '<int>', '"<rrtype>', '<rrclass>', '<name>', '<transport>', '<int>', 'false', '<int>"']);
  });

  it('NOERROR answers to A, MX, AAAA and TXT questions are one signature, and NXDOMAIN by UDP and TCP one', () => {
    const noerror = mine('log.go CommonLogFormat (NOERROR)');
    expect(new Set(noerror.bodies.map((b) => /"(\w+) IN/.exec(b)![1])).size).toBe(4);
    expect(new Set(noerror.sigs).size).toBe(1);
    const nxdomain = mine('log.go CommonLogFormat (NXDOMAIN)');
    expect(new Set(nxdomain.bodies.map((b) => / (udp|tcp) /.exec(b)![1])).size).toBe(2);
    expect(new Set(nxdomain.sigs).size).toBe(1);
  });

  it('near misses: a quoted type with no class and name after it, and a transport word elsewhere, stay words', () => {
    for (const tokens of [
      ['"A', 'record', 'for', '<hostname>', 'missing"'], // no class after it
      ['"MX', 'IN', 'mode"', 'udp'], // no name after the class
    ]) expect(withRecordTypesAsValues(tokens)).toBe(tokens);
    expect(withRecordTypesAsValues(['<hostname>.', 'A', 'IN', 'udp'])).toEqual(['<hostname>.', '<rrtype>', '<rrclass>', 'udp']);
  });
});

// Knot Resolver 5.6 writes a question without its class: `<name> <type>` closing bogus_log's and
// policy's lines, `'<name>' type '<type>'` and `qtype: '<type>'` in its resolver's debug lines (real
// lines from test/fixtures/fingerprint/programs/knot-resolver, server-logs-54.test.ts). Left words,
// iterate.c's `new uid was assigned` was 8 signatures, one per type.
describe("Knot Resolver's classless question", () => {
  it("reads the type after an absolute name closing the line and in quotes after `type` / `qtype:`", () => {
    expect(withRecordTypesAsValues(['<*>', 'validation', 'failure:', '<hostname>.', 'DNSKEY'])).toEqual(['<*>', 'validation', 'failure:', '<hostname>.', '<rrtype>']);
    expect(withRecordTypesAsValues(['REFUSE', 'applied', 'for', '.', 'NS'])).toEqual(['REFUSE', 'applied', 'for', '.', '<rrtype>']);
    expect(withRecordTypesAsValues(['<*>', 'type', "'NULL'", 'new', 'uid'])).toEqual(['<*>', 'type', "'<rrtype>'", 'new', 'uid']);
    expect(withRecordTypesAsValues(['qtype:', "'AAAA',", 'proto:'])).toEqual(['qtype:', "'<rrtype>',", 'proto:']);
  });

  it('near misses: a type that goes on with a sentence, after a name with no final dot, or a quoted word that is no type', () => {
    for (const tokens of [
      ['host', '<hostname>.', 'A', 'record', 'missing'], // the sentence goes on
      ['lookup', '<hostname>', 'A'], // no final dot: not a name in presentation format
      ['invalid', 'type', "'string'"], // no registered type
      ['invalid', 'type', "'Mx'"], // mnemonics are upper case
      ['class', "'A'", 'loaded'], // no `type` before it
      ['retrying', 'in', '.', 'DONE'], // no registered type after the root
    ]) expect(withRecordTypesAsValues(tokens)).toBe(tokens);
  });

  it('real: each statement that writes a question is one signature whatever the type, and statements stay apart', () => {
    const rows = load('knot-resolver.ndjson');
    const f = createFingerprinter();
    const predicted = resolveAliases(rows.map((r) => f.fingerprint({ source: 'log', service: 'kresd', body: r.body })));
    const sigsOf = (part: string) => new Set(rows.flatMap((r, i) => (r.group.includes(part) ? [predicted[i]] : [])));
    for (const part of ['new uid was assigned', 'validation failure: %s %s']) {
      const types = new Set(rows.filter((r) => r.group.includes(part)).map((r) => / '?([A-Z]+)'?(?: new uid.*)?$/.exec(r.body)?.[1]));
      expect(types.size).toBeGreaterThan(1);
      expect(sigsOf(part).size).toBe(1);
    }
    expect([...sigsOf('new uid was assigned')][0]).not.toBe([...sigsOf('validation failure: %s %s')][0]);
  });

  it('near misses in whole lines: the word before the question and the action still tell lines apart', () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'kresd', body }).fingerprint;
    expect(t('[dnssec] validation failure: www.example.test. A')).toBe(t('[dnssec] validation failure: example.test. DNSKEY'));
    expect(t('[dnssec] validation failure: www.example.test. A')).not.toBe(t('[dnssec] validation success: www.example.test. A'));
    expect(t("[iterat][01234.00]   'example.test.' type 'MX' new uid was assigned .01, parent uid .00")).not.toBe(t("[iterat][01234.00]   'example.test.' class 'MX' new uid was assigned .01, parent uid .00"));
  });
});
