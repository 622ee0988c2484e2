// A process named by its name and pid before a PostgreSQL-family report (transport-header.ts):
// found in pgpool-II 4.3.5's log (programs/pgpool2, server-logs-52.test.ts), whose default
// log_line_prefix `%m: %a pid %p: ` names a child `child` until its client names itself and
// `psql` (the client's application_name) after, so one statement was two signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { resolveAliases } from '../../helpers/loghub.js';

const signatures = (service: string, bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};

describe('a time, a process name and its pid before a report with its level', () => {
  it('one statement under any process name is one signature', () => {
    const ids = signatures('pgpool', [
      '2026-12-06 23:27:20.105: child pid 15163: LOG:  new connection received',
      '2026-12-06 23:27:20.200: psql pid 15163: LOG:  new connection received',
      '2026-12-06 23:27:21.375: pgAdmin 4 - DB pid 15246: LOG:  new connection received',
      '2026-12-06 23:27:22.011 UTC: main pid 15142: LOG:  new connection received',
    ]);
    expect(new Set(ids).size).toBe(1);
    const started = signatures('pgpool', ['2026-12-06 23:27:16.985: sr_check_worker pid 15101: LOG:  process started', '2026-12-06 23:27:16.985: health_check pid 15102: LOG:  process started']);
    expect(new Set(started).size).toBe(1);
  });

  it('near misses: other statements under one name stay apart, and so do lines with no report level', () => {
    const ids = signatures('pgpool', [
      '2026-12-06 23:27:34.145: main pid 15142: LOG:  reload config files.',
      '2026-12-06 23:27:19.148: main pid 15142: LOG:  Pgpool-II system is shutdown',
      '2026-12-06 23:27:19.132: main pid 15142: LOG:  terminating all child processes',
    ]);
    expect(new Set(ids).size).toBe(3);
    // An application's own line that names a worker and its pid, with no level after: the name is its text.
    const own = signatures('app', ['2026-12-06 23:27:20.105: reaper pid 12: started sweeping the queue', '2026-12-06 23:27:21.105: mailer pid 13: started sweeping the queue']);
    expect(new Set(own).size).toBe(2);
  });
});
