// Bugsnag's issue-tracker integration writes a Ruby frame under `## Stacktrace` as `<file>:<line>
// - <method>`, as it writes PHP's (php-libraries, threads-4). Found in threads-10
// (issue-thread-traces-10.test.ts): one Bugsnag error posted three times to snmaynard/redis-audit
// read no frame, its NoMethodError known by the message alone.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-10', 'ruby');

describe("Bugsnag's `file.rb:line - method` rows", () => {
  it('real: are Ruby frames, and the worker\'s perform is the crash site (snmaynard/redis-audit#11, #18, #22)', () => {
    const posted = rows.filter((r) => r.group.endsWith('bugsnag-website-get-more-email-worker-projects'));
    expect(posted).toHaveLength(3);
    const parsed = parseStacktrace(posted[0].stacktrace!);
    expect(parsed.runtime).toBe('ruby');
    expect(parsed.exceptions[0].frames).toEqual([{ file: 'app/workers/get_more_email_worker.rb', line: 7, module: undefined, function: 'perform' }]);
    const fp = createFingerprinter();
    const ids = posted.map((r) => fp.fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace }));
    expect(ids[0].culprit).toContain('perform');
    expect(new Set(ids.map((x) => x.fingerprint)).size).toBe(1);
  });

  it('two methods failing alike are two signatures', () => {
    const report = (file: string, method: string) => `## Stacktrace\n\n\`\`\`\n${file}:7 - ${method}\n\`\`\``;
    const fp = createFingerprinter();
    const of = (file: string, method: string) => fp.fingerprint({ source: 'span', service: 'app', type: 'NoMethodError', message: "undefined method `projects' for nil:NilClass", stacktrace: report(file, method) }).fingerprint;
    expect(of('app/workers/get_more_email_worker.rb', 'perform')).not.toBe(of('app/workers/sync_worker.rb', 'perform'));
  });

  it("near misses: one such line without Bugsnag's heading, another language's file, and PHP's rows read as before", () => {
    expect(parseStacktrace('app/models/user.rb:12 - saved the record').runtime).not.toBe('ruby');
    expect(parseStacktrace('## Stacktrace\n\n    lib/shop/orders.ex:12 - Shop.Orders.load/1').runtime).not.toBe('ruby');
    expect(parseStacktrace('## Stacktrace\n\n    app/Http/Controllers/AuthController.php:473 - App\\Http\\Controllers\\AuthController::confirm').runtime).toBe('php');
  });
});
