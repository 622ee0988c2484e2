// A quoted name at the head of a log line is where a program names the object a statement is
// about (Monit 5.33 starts every event of a check with the check's name: `'%s' process is not
// running`, `'%s' failed protocol test …`, programs/monit and server-logs-15.test.ts). A log
// record's body reaches Rounds without its file's prefix when the Collector's parser has moved the
// time and level into their fields (filelog's regex_parser), and the name is then its first word.
// The miner routed lines by their first word, so each name was a route of its own and the lines of one
// statement about seven checks were seven templates however many arrived: a place that is never
// compared never becomes a value's. A quoted first word now routes as a value does. At the
// message's head — the line's first word, or the first after the time, level and separators a
// file's prefix leaves (Monit's own `[<time>] error    : '<check>' …`) — the names join once three
// have been seen (miner.ts HEAD_QUOTED_VALUE_WORDS): a statement names as many objects as are
// configured, and monit.ndjson's held three or four checks where its labels give one statement.
// Not at two: MySQL's and MariaDB's grant loader opens warnings of its own with a constant quoted
// table name (`'user' entry '%s@%s' ignored in --skip-name-resolve mode.`, `'proxies_priv' entry
// '%s' ignored …`, sql_acl.cc), two statements mariadb-error.ndjson holds. Elsewhere in a line a
// quoted name still needs five (QUOTED_VALUE_WORDS).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const mine = (bodies: string[]) => {
  const f = createFingerprinter();
  return resolveAliases(bodies.map((body) => f.fingerprint({ source: 'log', service: 'monit', body })));
};

// A body as the Collector sends it once its parser has taken Monit's `[time] level : ` prefix off.
const at = (_level: string, text: string) => text;
/** monit.ndjson's lines without that prefix. */
const MONIT_PREFIX = /^\[[^\]]+\] [a-z]+ +: /;
const CHECKS = ['worker', 'queue', 'mailer', 'cron', 'nginx', 'redis', 'sshd'];

describe('a quoted name at the head of a log line', () => {
  it("Monit's `'%s' process is not running` about seven checks is one statement", () => {
    const sigs = mine(CHECKS.map((c) => at('error', `'${c}' process is not running`)));
    expect(new Set(sigs).size).toBe(1);
  });

  it("the real log's bodies keep its statements apart (no merge in monit.ndjson, prefixes taken off)", () => {
    const rows = loadServerLog('monit.ndjson').map((r) => ({ ...r, body: r.body.replace(MONIT_PREFIX, '') }));
    expect(rows.filter((r) => r.body.startsWith("'")).length).toBeGreaterThan(20);
    const sigs = mine(rows.map((r) => r.body));
    const groupsBySig = new Map<string, Set<string>>();
    rows.forEach((r, i) => (groupsBySig.get(sigs[i]) ?? groupsBySig.set(sigs[i], new Set()).get(sigs[i])!).add(r.group));
    expect([...groupsBySig.values()].filter((g) => g.size > 1)).toEqual([]);
  });

  it('near miss: other statements about the same checks stay apart from it and from each other', () => {
    const bodies = [
      ...CHECKS.map((c) => at('error', `'${c}' process is not running`)),
      ...CHECKS.map((c) => at('info', `'${c}' process is running with pid ${100 + c.length}`)),
      ...CHECKS.map((c) => at('error', `'${c}' failed to start (exit status 1) -- no output`)),
    ];
    const sigs = mine(bodies);
    const notRunning = new Set(sigs.slice(0, 7));
    const running = new Set(sigs.slice(7, 14));
    const failed = new Set(sigs.slice(14));
    expect([notRunning.size, running.size, failed.size]).toEqual([1, 1, 1]);
    expect(new Set([...notRunning, ...running, ...failed]).size).toBe(3);
  });

  it('three names at the head are one statement, bare or behind the time and level Monit writes', () => {
    expect(new Set(mine(CHECKS.slice(0, 3).map((c) => at('error', `'${c}' process is not running`)))).size).toBe(1);
    const prefixed = ['nginxconf', 'appconf', 'tlskey'].map((c) => `[2026-12-05T23:05:13+0000] error    : '${c}' file doesn't exist`);
    expect(new Set(mine(prefixed)).size).toBe(1);
  });

  it('near miss: two constant quoted names opening two statements stay apart (MariaDB 10.11, mariadb-error.ndjson)', () => {
    const sigs = mine([
      "2026-12-05  1:59:10 0 [Warning] 'user' entry 'root@vm' ignored in --skip-name-resolve mode.",
      "2026-12-05  1:59:10 0 [Warning] 'proxies_priv' entry 'root@vm' ignored in --skip-name-resolve mode.",
    ]);
    expect(new Set(sigs).size).toBe(2);
  });

  it('near miss: four quoted names after the message has begun are still four templates (five join there)', () => {
    const sigs = mine(['users', 'orders', 'carts', 'stock'].map((t) => `[2026-12-05T23:05:13+0000] info : creating table '${t}' in ram`));
    expect(new Set(sigs).size).toBe(4);
  });
});
