import { describe, expect, it } from 'vitest';
import { costRatio } from '../../helpers/cost-ratio.js';
import { readdirSync, readFileSync } from 'node:fs';
import { prng } from '../../../bench/payloads.js';
import { messageShape, parameterize, parameterizeUnfiltered, PATTERNS } from '../../../src/core/fingerprint/parameterize.js';

// (name, input, expected) — each is also checked with text before and after it, as Sentry's
// test_parameterization.py does, so an entry cannot depend on being the whole string.
// (name, input, as a log line, as an exception message)
const LOG_CASES: [string, string, string, string][] = [
  ['http status', 'Completed /lms 500 Internal Server Error in 7ms', 'Completed <path> <status> in <duration>', 'Completed <path> <int> Internal Server Error in <duration>'],
  ['http status, .NET enum', '[GET] /api/v3/health: 404.NotFound (7 ms)', '[GET] <path>: <status> (<duration>)', '[GET] <path>: <int>.NotFound (<duration>)'],
  ['not a status: no code, or a phrase cut short', 'Not Found: 42 Not Founder', 'Not Found: <int> Not Founder', 'Not Found: <int> Not Founder'],
];

const CASES: [string, string, string][] = [
  ['email', 'mail to ana.lee7@mail.example.org failed', 'mail to <email> failed'],
  ['url', 'GET https://api.example.com/v1/orders/17?x=1 failed', 'GET <url> failed'],
  ['traceparent', 'tp 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', 'tp <traceparent>'],
  ['uuid', 'task 3f2504e0-4f89-41d3-9a0c-0305e82c3301 died', 'task <uuid> died'],
  ['date iso', 'at 2024-03-05T10:00:01.123Z', 'at <date>'],
  ['date rfc1123', 'expires Tue, 05 Mar 2024 10:00:00 GMT', 'expires <date>'],
  ['date syslog', 'Mar  5 10:00:01 host', '<date> host'],
  ['date go log', '2024/03/05 10:00:01 http: panic', '<date> <date> http: panic'],
  ['time', 'at 10:00:01.5 sharp', 'at <date> sharp'],
  ['time with its zone', 'at 23:41:28.855 UTC [9937] user@db LOG', 'at <date> [<int>] user@db LOG'],
  ['iso with its zone', '2023-05-27 00:06:23.137 WIB [92823] ERROR', '<date> [<int>] ERROR'],
  ['a level after a time is not a zone', '10:00:00 ERROR db down', '<date> ERROR db down'],
  ['day month year', '19:S 06 Jan 2021 23:02:47.861 # Error condition', '<int>:S <date> # Error condition'],
  ['day-month-year, PHP error_log', '[30-Nov-2026 23:59:59 UTC] PHP Warning:  Undefined variable', '[<date>] PHP Warning:  Undefined variable'],
  ['day-month-year, Tomcat', '01-Dec-2026 00:00:01.002 SEVERE [main] listeners failed', '<date> SEVERE [main] listeners failed'],
  ['day-month-year alone', 'certificate expired on 5-Jan-2027', 'certificate expired on <date>'],
  ['day-month-year, Erlang', '=ERROR REPORT==== 6-Dec-2026::10:00:01.123 ===', '=ERROR REPORT==== <date> ==='],
  ['month day, year, java.util.logging', 'Dec 06, 2026 10:00:01 AM org.apache.catalina.startup.Catalina start', '<date> org.apache.catalina.startup.Catalina start'],
  ['month day, year, en-US', 'renewal due December 6, 2026, 10:00 PM or later', 'renewal due <date> or later'],
  ['a month and a count stay', 'Dec 6, 12 jobs failed', 'Dec <int>, <int> jobs failed'],
  ['day and month without a year stay', 'sprint 12-Dec planning failed', 'sprint <int>-Dec planning failed'],
  ['apache error log, weekday after a bracket', '[Thu Sep 03 13:18:17.787916 2020] [access_compat:error] [pid 1898]', '[<date>] [access_compat:error] [pid <int>]'],
  ['month after a parenthesis', 'last seen (Aug 05 04:03:42) ago', 'last seen (<date>) ago'],
  ['ctime', 'Wed Jun 30 21:49:08 1993 segfault', '<date> segfault'],
  ['java Date#toString', 'status=M Fri Jul 01 08:16:53 PDT 2005', 'status=M <date>'],
  ['a weekday alone in brackets stays', '[Sun] closed', '[Sun] closed'],

  ['ipv4 + port', 'connection to 10.0.0.7:5432 timed out after 3012 ms', 'connection to <ip>:<int> timed out after <duration>'],
  ['ipv6', 'from fe80::1ff:fe23:4567:890a dropped', 'from <ip> dropped'],
  ['not ipv6', 'Foo::bar() failed', 'Foo::bar() failed'],
  ['hostname', 'dial db-3.prod.internal failed', 'dial <hostname> failed'],
  ['java class is not a host', 'in com.example.Foo', 'in com.example.Foo'],
  ['duration go', 'took 1m30.5s', 'took <duration>'],
  ['duration words', 'after 30 seconds', 'after <duration>'],
  ['hex 0x', 'at 0xc000010000', 'at <hex>'],
  ['sha', 'commit 9fceb02d0ae598e95dc970b74767f19372d61af8', 'commit <hex>'],
  ['git sha short', 'build 3f9a2b1 broke', 'build <hex> broke'],
  ['version', 'lib 1.2.3-beta.1 incompatible', 'lib <version> incompatible'],
  ['float', 'ratio 0.75 too high', 'ratio <float> too high'],
  ['int', 'order 17 not found', 'order <int> not found'],
  ['int after a word and a dot', 'generating core.2275', 'generating core.<int>'],
  ['path', 'cannot open /var/lib/app/x.db: denied', 'cannot open <path>: denied'],
  ['windows path', 'Core: C:\\Windows\\winsxs\\cbscore.dll loaded', 'Core: <path> loaded'],
  ['not a path', 'I/O error over HTTP/1.1', 'I/O error over HTTP/<float>'],
  ['size', 'close, 1190 bytes (1.16 KB) sent', 'close, <size> (<size>) sent'],
  ['mac', 'from 00:11:43:e3:ba:c3 via eth1', 'from <mac> via eth1'],
  ['pci', 'amdgpu 0000:c5:00.0: amdgpu: GPU reset begin!', 'amdgpu <pci>: amdgpu: GPU reset begin!'],
  ['pci, digits only', 'pcieport 0000:00:1c.4: AER: Corrected error received: 0000:00:1c.4', 'pcieport <pci>: AER: Corrected error received: <pci>'],
  ['int in identifier', 'user_42 locked', 'user_<int> locked'],
  ['digits in words stay', 'sha256 ipv6 v2 utf8', 'sha256 ipv6 v2 utf8'],
  ['quoted after =', "filter name='bob' failed", 'filter name=<quoted> failed'],
  ['quoted elsewhere stays', "unknown key 'bob'", "unknown key 'bob'"],
  ['bool after =', 'flag enabled=true rejected', 'flag enabled=<bool> rejected'],
];

describe('parameterize', () => {
  it('has named, explained patterns', () => {
    for (const p of PATTERNS) {
      expect(p.name).toMatch(/^[a-z_]+$/);
      expect(p.why.length).toBeGreaterThan(10);
    }
  });

  for (const [name, input, expected] of CASES) {
    it(name, () => {
      expect(parameterize(input)).toBe(expected);
      expect(parameterize(`x ${input} y`)).toBe(`x ${expected} y`);
    });
  }

  // Entries for log lines only: an exception message keeps them as they are.
  for (const [name, input, expected, message] of LOG_CASES) {
    it(`${name} (log lines)`, () => {
      expect(parameterize(input, true)).toBe(expected);
      expect(parameterize(`x ${input} y`, true)).toBe(`x ${expected} y`);
      expect(parameterize(input)).toBe(message);
    });
  }

  it('masks quoted values in exception messages', () => {
    expect(messageShape("KeyError: 'alice'\nsecond line\nthird")).toBe('KeyError: <str>\nsecond line');
  });

  it('stays linear on long adversarial input', () => {
    const inputs = [
      'a'.repeat(100_000),
      '1.'.repeat(50_000),
      '0'.repeat(100_000),
      'a@'.repeat(50_000),
      ':1'.repeat(50_000),
      'abcdef0'.repeat(15_000),
      '='.repeat(1000) + '"'.repeat(50_000),
      'x.'.repeat(50_000) + 'com',
      'Mon Jan 1 '.repeat(10_000),
    ];
    // Linear: twice the input costs about twice the time (a backtracking regex would be 4×
    // or far more); measured as a ratio in the same breath, so machine load cancels out.
    for (const input of inputs) {
      const half = input.slice(0, input.length >> 1);
      expect(costRatio(() => parameterize(input), () => parameterize(half)), input.slice(0, 12)).toBeLessThan(3.5);
    }
  });

  // Each run is scanned only with the entries whose `needs` characters it holds: a wrong
  // `needs` (an entry that can match without them) would change some output here.
  it('gives the same with the entries a run cannot match left out', () => {
    const dir = new URL('../../fixtures/loghub-dev/', import.meta.url);
    const lines = readdirSync(dir)
      .filter((f) => f.endsWith('.tsv'))
      .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n').slice(1).map((l) => l.slice(l.indexOf('\t') + 1)));
    // Token soup of the characters and shapes the entries look for.
    const atoms = ['1', '23', '2024', '255', '-', ':', '::', '.', '/', '\\', '@', '=', ',', ', ', '"', "'", ' ', ' ', '  ', 'ab', 'f0', 'DEADBEEF', 'Mon', 'Mar', 'ms', 'KB', 'bytes', 'x', '0x', 'v', 'com', 'internal', 'http', '://', '(', ')', '[', 'µs', 'true', '_', 'e4', '00', 'T', 'Z', '+', 'GMT', 'C:',
      '10.0.0.7', 'OK', 'Not', 'Found', 'CEST', 'fe80::1ff:fe23:4567:890a', '00:11:43:e3:ba:c3', '3f2504e0-4f89-41d3-9a0c-0305e82c3301', '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', '1.2.3', '!', '~', 'db-3.prod', '0000:c5:00.0', ' 404 Not Found'];
    const rand = prng(12);
    const soup = Array.from({ length: 40_000 }, () => Array.from({ length: 1 + Math.floor(rand() * 14) }, () => atoms[Math.floor(rand() * atoms.length)]).join(''));
    const inputs = [...CASES.map((c) => c[1]), ...LOG_CASES.map((c) => c[1]), ...lines, ...soup];
    expect(lines.length).toBeGreaterThan(15_000);
    const differ = inputs.filter((t) => parameterize(t) !== parameterizeUnfiltered(t) || parameterize(t, true) !== parameterizeUnfiltered(t, true));
    expect(differ).toEqual([]);
    // The soup reaches every entry, so every entry's `needs` was exercised.
    const masked = new Set(soup.flatMap((t) => parameterize(t, true).match(/<[a-z]+>/g) ?? []));
    expect([...masked].sort()).toEqual([...new Set(PATTERNS.map((p) => `<${p.name}>`))].sort());
  });
});
