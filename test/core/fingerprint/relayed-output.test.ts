// Another program's output relayed after an `, output:` field is one value to the line's end
// (relayed-output.ts): icinga2 2.13.6's `… terminated with exit code %d, output: %s` (programs/icinga2,
// server-logs-36.test.ts) was a template per plugin output. A supervisor's `'<name>' stdout output:`
// above a child's output names the child and the stream, both values: supervisor 4.2.5's
// dispatchers.py (programs/supervisor, server-logs-46.test.ts) was a template per program and stream.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe("a child program's output relayed as a line's last field", () => {
  it('is one value, whatever words it holds', () => {
    const refused = templateTokens('warning/PluginCheckTask: Check command for object <*> terminated with exit code <int>, output: database connection refused', 40);
    const missing = templateTokens('warning/PluginCheckTask: Check command for object <*> terminated with exit code <int>, output: execvpe(<path>) failed: No such file or directory', 40);
    expect(refused).toEqual(missing);
    expect(refused.at(-1)).toBe('<*>');
    expect(templateTokens('runner: job <int> exited <int>, stderr: fatal: not a git repository', 40).at(-1)).toBe('<*>');
  });

  it('near misses: a sentence about the program\'s own output and a label with nothing after it keep their words', () => {
    expect(templateTokens('writer: cannot write output: Permission denied', 40)).toContain('Permission');
    expect(templateTokens('writer: done, output:', 40)).toEqual(['writer:', 'done,', 'output:']);
    expect(templateTokens('writer: flushed output: disk full', 40)).toContain('full');
  });

  it("real: icinga2's failed checks, notifications and events are one signature each", () => {
    const rows = loadServerLog('icinga2.ndjson');
    const fp = createFingerprinter();
    for (const needle of ['warning/PluginCheckTask: Check command', 'warning/PluginNotificationTask: Notification command']) {
      const mine = rows.filter((r) => r.body.includes(needle));
      const ids = new Set(resolveAliases(mine.map((r) => fp.fingerprint({ source: 'log', service: 'icinga2', body: r.body }))));
      expect(ids.size).toBe(1);
    }
  });

  it("names the relaying child and its stream above the output as values", () => {
    expect(templateTokens("<date> DEBG 'nodir' stderr output:", 40)).toEqual(['<date>', 'DEBG', '<*>', 'output:']);
    expect(templateTokens("<date> DEBG 'locked' stdout output:", 40)).toEqual(templateTokens("<date> DEBG 'flaky' stderr output:", 40));
  });

  it('near misses: an unquoted name, a stream word without `output:` after it, and an exception message keep their words', () => {
    expect(templateTokens('<date> DEBG nodir stderr output:', 40)).toEqual(['<date>', 'DEBG', 'nodir', 'stderr', 'output:']);
    expect(templateTokens("<date> WARN 'nodir' stderr closed", 40)).toContain('stderr');
    expect(templateTokens("<date> WARN 'nodir' stderr closed", 40)).toContain("'nodir'");
    expect(templateTokens("cannot read 'nodir' stderr output:", 40, 'message')).toContain('stderr');
  });

  it("real: supervisor's relayed output of four programs on two streams is one signature", () => {
    const rows = loadServerLog('supervisor.ndjson');
    const fp = createFingerprinter();
    const mine = rows.filter((r) => r.group.startsWith('dispatchers.py _log:'));
    expect(new Set(mine.map((r) => r.body.split(' ')[3])).size).toBeGreaterThan(3);
    const ids = new Set(resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'supervisor', body: r.body }))).filter((_, i) => rows[i].group.startsWith('dispatchers.py _log:')));
    expect(ids.size).toBe(1);
  });
});
