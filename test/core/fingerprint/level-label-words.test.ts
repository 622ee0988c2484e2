// A record's level written into its text (severity-words.ts isLevelLabel) does not keep two lines
// apart that differ in nothing else but values (miner.ts similarity): the severity does not
// contribute (docs/fingerprinting.md), and one statement logged at two levels is one failure. Found in server-logs-23 (programs/clamav):
// libfreshclam 1.4.6 logs `remote_cvdhead: Download failed (%d) ` and the curl message after it
// as a warning while attempts remain and as an error on the last one, and common/output.c logg()
// writes `WARNING: ` / `ERROR: ` into the line, so a refused mirror was two signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isLevelLabel } from '../../../src/core/fingerprint/severity-words.js';
import { differentWords } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (bodies: readonly string[], service = 'app') => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};

describe('a level label in a log line', () => {
  it('is a capitalised severity word, bare, with a colon or in brackets', () => {
    for (const t of ['ERROR:', 'WARNING:', 'WARN', '[ERROR]', 'INFO', 'FATAL:', 'CRIT:']) expect(isLevelLabel(t)).toBe(true);
    for (const t of ['Error:', 'warning:', 'FAIL:', 'PANIC:', 'STATUS:', 'ERRORS', 'OK']) expect(isLevelLabel(t)).toBe(false);
  });

  it('real: freshclam\'s refused mirror at warning and at error is one signature, and the unresolvable one another (ClamAV 1.4.6, programs/clamav)', () => {
    const rows = loadServerLog('clamav.ndjson').filter((r) => r.body.includes('remote_cvdhead: Download failed'));
    const refused = rows.filter((r) => r.body.includes("Couldn't connect")).map((r) => r.body);
    const unresolved = rows.filter((r) => r.body.includes("Couldn't resolve")).map((r) => r.body);
    expect(refused.some((b) => b.includes('-> WARNING: ')) && refused.some((b) => b.includes('-> ERROR: '))).toBe(true);
    const sigs = signatures([...refused, ...unresolved], 'clamav');
    expect(new Set(sigs.slice(0, refused.length)).size).toBe(1);
    expect(new Set(sigs.slice(refused.length)).size).toBe(1);
    expect(sigs[refused.length]).not.toBe(sigs[0]);
  });

  it('near miss: unittest\'s FAIL and ERROR for one test are two outcomes, two signatures', () => {
    const [fail, error] = signatures(['2026-12-06 07:02:01 ci[412]: FAIL: test_checkout_total (shop.tests.test_cart.CartTest)', '2026-12-06 07:02:09 ci[412]: ERROR: test_checkout_total (shop.tests.test_cart.CartTest)']);
    expect(error).not.toBe(fail);
  });

  it('near miss: beside another difference the level stays a word: Sidekiq\'s WARN of a connection error and ERROR of its heartbeat are two statements (Sidekiq 6.4.1, programs/sidekiq)', () => {
    const rows = loadServerLog('sidekiq.ndjson');
    const warn = rows.find((r) => r.body.includes('WARN: Redis::CannotConnectError: Error connecting'))!.body;
    const heartbeat = rows.find((r) => r.body.includes('ERROR: heartbeat: Error connecting'))!.body;
    const [a, b] = signatures([warn, heartbeat], 'sidekiq');
    expect(b).not.toBe(a);
  });

  it('near miss: a level in mixed case is a word of the message (PHP\'s `Warning:` and `Notice:`), and other words beside a level still part two statements', () => {
    expect(differentWords('Warning:', 'Notice:')).toBe(true);
    const [a, b] = signatures(['2026-12-06 07:02:01 worker[81]: ERROR: upload of report 7 failed', '2026-12-06 07:02:04 worker[81]: WARNING: upload of report 9 skipped']);
    expect(b).not.toBe(a);
  });
});
