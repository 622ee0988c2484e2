// A word in capitals naming an outcome, where another line of the statement has a value, is
// another outcome (src/core/fingerprint/outcome-words.ts). Lines from dnsmasq 2.90 with
// --log-queries=extra (test/fixtures/fingerprint/dnsmasq.ndjson, programs/dnsmasq/generate.sh):
// its log_query prints an answer's address and a response code through one format string.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isEmptyValue, isOutcomeWord } from '../../../src/core/fingerprint/outcome-words.js';
import { loadServerLog } from './server-log-set.js';

const rows = loadServerLog('dnsmasq.ndjson');
const bodyOf = (group: string, n = 0) => rows.filter((r) => r.group === group)[n].body;
const ADDRESS = 'cache.c:2273 log_query reply address';
const sig = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'dnsmasq', body }).fingerprint;

describe('outcome words where a value stands', () => {
  it('reads response codes, states and statuses in capitals as outcomes, and words for "no value" as none', () => {
    for (const w of ['NXDOMAIN', 'SERVFAIL', 'REFUSED', 'NODATA-IPv6', 'CLIENT_NOT_FOUND', 'SIGTERM', 'RUNNING,']) expect(isOutcomeWord(w), w).toBe(true);
    for (const w of ['NULL', 'UNKNOWN', 'NONE', 'TRUE', 'OK', 'IPv6', 'Failed', 'error', '<ip>', 'blk_<int>']) expect(isOutcomeWord(w), w).toBe(false);
  });

  it("dnsmasq's `reply <name> is <address>` and `reply <name> is NXDOMAIN` / `NODATA-IPv6` are three signatures, whichever comes first", () => {
    const answers = [bodyOf(ADDRESS), bodyOf('cache.c:2273 log_query reply NXDOMAIN'), bodyOf('cache.c:2273 log_query reply NODATA-IPv6')];
    for (const order of [answers, [...answers].reverse()]) {
      const f = createFingerprinter();
      expect(new Set(order.map((b) => sig(f, b))).size).toBe(3);
    }
  });

  it('a place that held an address and then a name (a reverse answer) still keeps the outcomes apart', () => {
    // The set's own order: an answer, NODATA, then a reverse answer (`reply <ip> is <name>`),
    // which compares with every cluster of its route and joins the answer's, then NXDOMAIN.
    const f = createFingerprinter();
    const forward = sig(f, bodyOf(ADDRESS));
    const nodata = sig(f, bodyOf('cache.c:2273 log_query reply NODATA-IPv6'));
    // Forward and reverse answers are all values: one template (listed in server-logs-6.test.ts).
    expect(sig(f, bodyOf('cache.c:2273 log_query reply address is name (reverse)'))).toBe(forward);
    const nxdomain = sig(f, bodyOf('cache.c:2273 log_query reply NXDOMAIN'));
    expect(new Set([forward, nodata, nxdomain, sig(f, bodyOf('cache.c:2273 log_query reply NODATA-IPv6', 1))]).size).toBe(3);
    expect(sig(f, bodyOf(ADDRESS, 1))).toBe(forward);
  });

  it('near misses: answers with other addresses and names stay one signature, and so do the other statements of the set', () => {
    const f = createFingerprinter();
    expect(sig(f, bodyOf(ADDRESS, 0))).toBe(sig(f, bodyOf(ADDRESS, 1)));
    const g = createFingerprinter();
    const forwarded = rows.filter((r) => r.group === 'cache.c:2273 log_query forwarded to').map((r) => sig(g, r.body));
    expect(new Set(forwarded).size).toBe(1);
    const queries = rows.filter((r) => r.group === 'cache.c:2273 log_query query[type] from').map((r) => sig(g, r.body));
    expect(new Set(queries).size).toBe(1);
  });
});

// A field printed empty, `-`, where another line of the statement prints an outcome word, is
// the outcome "none" (outcome-words.ts isEmptyValue). CoreDNS 1.11.3's log plugin writes an
// answer's code or, where no plugin answered, `-` (test/fixtures/fingerprint/programs/coredns,
// server-logs-10.test.ts): a NOERROR line, then a `-` one, made the code's place a wildcard
// that took NXDOMAIN too, three outcomes in one signature.
describe('a field printed empty where an outcome word stands', () => {
  const coredns = loadServerLog('coredns.ndjson');
  // A questions by UDP, so that the type and the transport do not tell the lines apart.
  const first = (group: string, n = 0) => coredns.filter((r) => r.group === group && /"A IN \S+ udp /.test(r.body))[n].body;
  const dns = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'coredns', body }).fingerprint;

  it("CoreDNS's NOERROR, `-` and NXDOMAIN answers are three signatures, in the order they came", () => {
    const f = createFingerprinter();
    const noerror = dns(f, first('log.go CommonLogFormat (NOERROR)'));
    const none = dns(f, first('log.go CommonLogFormat (-)'));
    const nxdomain = dns(f, first('log.go CommonLogFormat (NXDOMAIN)'));
    expect(new Set([noerror, none, nxdomain]).size).toBe(3);
    expect(dns(f, first('log.go CommonLogFormat (NOERROR)', 1))).toBe(noerror);
    expect(dns(f, first('log.go CommonLogFormat (-)', 1))).toBe(none);
  });

  it('near misses: only a lone dash is a field printed empty; `-` lines of other questions stay one signature', () => {
    expect(isEmptyValue('-')).toBe(true);
    for (const t of ['--', '-E(<int>)TK', '->', '<int>', 'NXDOMAIN']) expect(isEmptyValue(t), t).toBe(false);
    const f = createFingerprinter();
    const none = coredns.filter((r) => r.group === 'log.go CommonLogFormat (-)').map((r) => dns(f, r.body));
    expect(new Set(none.slice(0, 2)).size).toBe(1);
  });
});
