// Rollbar lists a Ruby backtrace in Python's frame form, `File "<file>", line <n>, in <method>`
// under `Type: message`, innermost first as Ruby prints it; a copy from its item page numbers
// the frames and may drop the commas. Found in threads-10 (issue-thread-traces-10.test.ts):
// read as a Python traceback (outermost first), ProjectR's crash site was the request's
// outermost application frame, so a helper's nil read and a worker's own were one signature and
// one helper's failure was split by its callers; the numbered copies read no frame.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-10', 'ruby');
const fingerprintOf = (source: string, group: string) => {
  const r = rows.find((x) => x.source.endsWith(source) && x.group.endsWith(group))!;
  return createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
};

describe('Rollbar\'s `File "x.rb", line N, in m` lists of a Ruby backtrace', () => {
  it('are Ruby frames in the order printed, innermost first', () => {
    const parsed = parseStacktrace('NoMethodError: undefined method `[]\' for nil:NilClass\n  File "/srv/releases/1/app/workers/application_worker.rb", line 18, in status\n  File "/srv/releases/1/app/workers/rebaser_worker.rb", line 9, in perform\n  File "/srv/shared/bundle/ruby/2.3.0/gems/sidekiq-5.0.0/lib/sidekiq/processor.rb", line 204, in execute_job\n');
    expect(parsed.runtime).toBe('ruby');
    expect(parsed.exceptions[0]).toMatchObject({ type: 'NoMethodError', message: "undefined method `[]' for nil:NilClass" });
    expect(parsed.exceptions[0].frames.map((f) => [f.function, f.line])).toEqual([['status', 18], ['perform', 9], ['execute_job', 204]]);
  });

  it('and so are a numbered copy\'s rows, with or without commas', () => {
    const parsed = parseStacktrace('NoMethodError: undefined method `backtrace\' for nil:NilClass\n1\nFile "/app/gems/sidekiq-3.2.1/lib/sidekiq/exception_handler.rb" line 10 in call\n2 File "/app/gems/sidekiq-3.2.1/lib/sidekiq/exception_handler.rb", line 20, in block in handle_exception\n');
    expect(parsed.runtime).toBe('ruby');
    expect(parsed.exceptions[0].frames.map((f) => f.function)).toEqual(['call', 'block in handle_exception']);
  });

  it('near misses: a Python file\'s frame, with or without the traceback\'s header, and a JavaScript file\'s stay as they were', () => {
    // Sentry's text export of a Python exception: the exception line above `File "x.py"` frames.
    const sentry = parseStacktrace('KeyError: \'miele\'\n  File "/app/shop/views.py", line 12, in checkout\n  File "/app/shop/cart.py", line 40, in total\n');
    expect(sentry.runtime).toBe('python');
    expect(sentry.exceptions[0].frames.map((f) => f.function)).toEqual(['total', 'checkout']);
    const python = parseStacktrace('Traceback (most recent call last):\n  File "/app/run.py", line 3, in <module>\n    main()\n  File "/app/tasks/build.rb", line 7, in main\nValueError: x\n');
    expect(python.runtime).toBe('python');
    expect(parseStacktrace('TypeError: \'undefined\' is not a function\n  File "https://www.example.org/app.js", line 74, in [anonymous]\n').runtime).not.toBe('ruby');
  });

  it('real: one helper\'s failure from ActiveJob\'s two callers is one signature, and a worker\'s own nil read another (activebridge/projectr#59, #63, #103)', () => {
    const job = fingerprintOf('/59', 'projectr-status-statuses-index-nil');
    const pusher = fingerprintOf('/63', 'projectr-status-statuses-index-nil');
    const refresher = fingerprintOf('/103', 'projectr-refresher-worker-user-nil');
    expect(job.culprit).toContain('status');
    expect(pusher.fingerprint).toBe(job.fingerprint);
    expect(refresher.fingerprint).not.toBe(job.fingerprint);
    // The same helper after its move to Sidekiq workers: one signature for its two callers.
    expect(fingerprintOf('/118', 'projectr-status-statuses-index-nil').fingerprint).toBe(fingerprintOf('/112', 'projectr-status-statuses-index-nil').fingerprint);
  });

  it('real: Sidekiq 3.2\'s nil backtrace in Rollbar\'s two copies and exception_notification\'s mail is one signature (sidekiq/sidekiq#1908, #2057, #2135)', () => {
    const ids = ['/pull/1908', '/issues/2057', '/pull/2135'].map((s) => fingerprintOf(s, 'sidekiq32-exception-handler-nil-backtrace').fingerprint);
    expect(new Set(ids).size).toBe(1);
  });
});
