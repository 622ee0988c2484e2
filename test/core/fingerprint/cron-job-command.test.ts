// The command line of a job Debian's cron 3.0pl1 logs it started (`CMD`) or ended (`END`), in
// parentheses after the crontab's user to the line's end, is one value (cron-job-command.ts):
// found in a Debian 12 host's syslog (programs/linux-host, server-logs-49.test.ts), where each
// job's command with its own number of words made the two statements six signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe("a cron job's command line after CMD or END", () => {
  it('is one value to the end of the line, with or without the job pid, whatever its words', () => {
    expect(templateTokens('(erin) CMD ([<int>] <path> --full)', 40)).toEqual(['<name>', 'CMD', '<*>']);
    expect(templateTokens('(frank) END ([<int>] echo "syncing reports"; cp <path> <path>)', 40)).toEqual(['<name>', 'END', '<*>']);
    expect(templateTokens('(*system*backup) CMD (true)', 40)).toEqual(['(*system*backup)', 'CMD', '<*>']);
  });

  it("near misses: cron's own details, no user before the event, parentheses not closing the line, another event and an exception message are read as before", () => {
    expect(templateTokens('(CRON) error (grandchild #<int> failed with exit status <int>)', 40)).toContain('failed');
    expect(templateTokens('(*system*x) ERROR (Syntax error, this crontab file will be ignored)', 40)).toContain('(Syntax');
    expect(templateTokens('CMD (ls <path>)', 40)).toEqual(['CMD', '(ls', '<path>)']);
    expect(templateTokens('(root) CMD (ls -l) done', 40)).toContain('done');
    expect(templateTokens('(root) RUN (ls -l)', 40)).toContain('(ls');
    expect(templateTokens('(root) CMD (ls -l)', 40, 'message')).toContain('(ls');
  });

  it("real: cron's CMD and END lines of three jobs are one signature each", () => {
    const rows = loadServerLog('linux-host.ndjson').filter((r) => / CRON\[\d+\]: \(\w+\) (CMD|END) /.test(r.body));
    expect(rows.length).toBe(6);
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'linux-host', body: r.body })));
    expect(new Set(ids).size).toBe(2);
  });
});
