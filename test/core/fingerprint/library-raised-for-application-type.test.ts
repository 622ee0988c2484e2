// An exception raised in library code only, whose message names a type of the application
// (Laravel's queue worker: `App\Jobs\Publish has been attempted too many times`), is about that
// type: the library's frames are the same for every job it runs. Found in threads-16
// (issue-thread-traces-16.test.ts), where Bugsnag's issue bodies for three applications' jobs,
// each with Laravel's Worker frame only, were one signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const php = loadThreadTraces('threads-16', 'php');
const maxAttempts = php.filter((r) => /(registry-publish-job|faveo-sendemail|vatsim-membercertupdate)-max-attempts$/.test(r.group));

describe('a library-raised exception whose message names an application type', () => {
  it('real: MaxAttemptsExceededException for three applications\' jobs is three signatures, each job\'s reports one (jonphipps/Metadata-Registry, faveosuite/faveo-helpdesk#876, VATSIM-UK/core#832/#886)', () => {
    const sigs = signaturesInOrder(maxAttempts);
    const byGroup = new Map<string, Set<string>>();
    maxAttempts.forEach((r, i) => (byGroup.get(r.group) ?? byGroup.set(r.group, new Set()).get(r.group)!).add(sigs[i]));
    expect(byGroup.size).toBe(3);
    for (const s of byGroup.values()) expect(s.size).toBe(1);
    expect(new Set(sigs).size).toBe(3);
  });

  it('explains why the message contributes', () => {
    const r = maxAttempts.find((x) => x.group.includes('faveo'))!;
    const x = createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
    expect(x.explain.join('\n')).toContain("the message names the application's App\\Jobs\\SendEmail");
  });

  it('near misses: a message naming no type, or only a library\'s type, or a host name, is still ignored', () => {
    const trace = '## Stacktrace\n\n    vendor/laravel/framework/src/Illuminate/Queue/Worker.php:394 - Illuminate\\Queue\\Worker::markJobAsFailedIfAlreadyExceedsMaxAttempts';
    const sig = (message: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', type: 'Illuminate\\Queue\\MaxAttemptsExceededException', message, stacktrace: trace }).fingerprint;
    const none = sig('A queued job has been attempted too many times. The job may have previously timed out.');
    expect(sig('A queued job has been attempted too many times. The job may have previously timed out at 12:00.')).toBe(none);
    expect(sig('Illuminate\\Queue\\CallQueuedHandler has been attempted too many times.')).toBe(sig('Illuminate\\Queue\\CallQueuedClosure has been attempted too many times.'));
    expect(sig('job on queue.example.com has been attempted too many times')).toBe(sig('job on queue.example.org has been attempted too many times'));
  });
});
