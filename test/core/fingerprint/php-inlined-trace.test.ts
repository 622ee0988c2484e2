// PHP's trace as a string run into a message (inlined-php-trace.ts): getTraceAsString() appended
// to the message with its line breaks lost, as Matomo's archiver logs its API's error. Found in
// threads-33 (issue-thread-traces-33.test.ts): the Actions plugin's `The unserialization has
// failed!` logged with its trace and pasted again cut after `#0` was two signatures, the first a
// template of its paths and call path.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { opensInlinedPhpTrace } from '../../../src/core/fingerprint/inlined-php-trace.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-33', 'php');
const unserialize = rows.filter((r) => r.group === 'php:t33:matomo-archive-actions-unserialize');
const spans = (texts: readonly string[]) => {
  const fp = createFingerprinter();
  return texts.map((stacktrace) => fp.fingerprint({ source: 'span', service: 'app', stacktrace }));
};
const logs = (bodies: readonly string[]) => {
  const fp = createFingerprinter();
  return bodies.map((body) => fp.fingerprint({ source: 'log', service: 'app', body, severityText: 'ERROR' }));
};
const line = (message: string, tail: string) => `Archiving failed: ${message} ${tail}`;
const frames = (dir: string) => `#0 ${dir}/core/Loader.php(313): Piwik\\Loader->prepare() #1 [internal function]: Piwik\\Api->archive() #2 {main}`;

describe("PHP's trace as a string run into a message", () => {
  it('real: the unserialization error with its trace and cut after `#0` is one signature (matomo-org/matomo#22010)', () => {
    expect(unserialize).toHaveLength(2);
    const [full, cut] = spans(unserialize.map((r) => r.stacktrace!));
    expect(full.message).toMatch(/The unserialization has failed! - in plugin Actions\.$/);
    expect(cut.fingerprint).toBe(full.fingerprint);
  });

  it('log lines: one message with the trace from two hosts, and cut, is one signature; another message stays apart', () => {
    const [a, b, c, other] = logs([
      line('The unserialization has failed! - in plugin Actions.', frames('/srv/www/matomo')),
      line('The unserialization has failed! - in plugin Actions.', frames('/var/www/piwik')),
      line('The unserialization has failed! - in plugin Actions.', '#0'),
      line('Table archive_blob_2024_01 does not exist - in plugin Actions.', frames('/srv/www/matomo')),
    ]);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(c.fingerprint).toBe(a.fingerprint);
    expect(other.fingerprint).not.toBe(a.fingerprint);
  });

  it('near miss: a `#N` that opens no frame stays a word of the message', () => {
    const t = (s: string) => s.split(' ');
    // an item's number mid-sentence, or ending the text after a word, not a sentence's end
    expect(opensInlinedPhpTrace(t('ticket #<int> closed by <*>'), 1)).toBe(false);
    expect(opensInlinedPhpTrace(t('failed on shard #<int>'), 3)).toBe(false);
    // a frame's place, or the trace cut right after a sentence
    expect(opensInlinedPhpTrace(t('failed. #<int> /app/a.php(<int>): f()'), 1)).toBe(true);
    expect(opensInlinedPhpTrace(t('failed. #<int> [internal function]: f()'), 1)).toBe(true);
    expect(opensInlinedPhpTrace(t('has failed! #<int>'), 2)).toBe(true);
    const [shard1, shard2] = logs(['Replication failed on shard #1', 'Replication failed on shard #2']);
    expect(shard1.message).toContain('shard');
    expect(shard2.fingerprint).toBe(shard1.fingerprint);
  });
});
