// A source location with the file's directories in the source tree before it, and a thread's
// column padded in brackets with a number in it (template-tokens.ts SOURCE_LOCATION, log-body.ts
// PADDED_TAG). Found in Debian 12's gearmand 1.1.20 (programs/gearmand, server-logs-59.test.ts):
// its log.hpp writes `%7s <date> <time> [%6s ] <message> -> <file>:<line>`, the file as __FILE__
// reads in a build from the tree's top (`libgearman-server/gearmand.cc`). Read as a dotted name
// with slashes, the location was a value, and every short message of the program one template;
// the thread's column, `[  main ]` or `[     1 ]`, split each statement by thread. The lines
// below are gearmand's, as it wrote them in that run.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isSourceLocation } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';

const signatures = (bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'gearmand', body })));
};
const count = (bodies: string[]) => new Set(signatures(bodies)).size;

describe('a source location under its directories in the source tree', () => {
  it('is a source location, its file a constant of the line', () => {
    expect(isSourceLocation('libgearman-server/gearmand.cc:<int>')).toBe(true);
    expect(isSourceLocation('libgearman-server/plugins/queue/default/queue.cc:<int>')).toBe(true);
    expect(isSourceLocation('src/app/orders.py:<int>')).toBe(true);
    // A data file has no line, and a path with no line is no location.
    expect(isSourceLocation('conf/meta_data.json:<int>')).toBe(false);
    expect(isSourceLocation('libgearman-server/gearmand.cc')).toBe(false);
  });

  it('keeps the short messages of different files apart, and one statement one signature', () => {
    const lines = [
      '  DEBUG 2026-12-07 07:40:39.947545 [  main ] Entering main event loop -> libgearman-server/gearmand.cc:418',
      '  DEBUG 2026-12-07 07:40:39.953377 [     4 ] Sent ERROR -> libgearman-server/thread.cc:356',
      '  DEBUG 2026-12-07 07:40:41.212282 [  main ] sqlite flush -> libgearman-server/plugins/queue/sqlite/instance.cc:417',
      '  DEBUG 2026-12-07 07:41:04.638300 [     1 ] identifier set to worker-thumbnails-complete -> libgearman-server/connection.cc:335',
      '  DEBUG 2026-12-07 07:40:37.272339 [  main ] Shutting down all threads -> libgearman-server/gearmand.cc:287',
    ];
    expect(count(lines)).toBe(lines.length);
  });

  it('near miss: one message from two files is two statements', () => {
    expect(count([
      'WARNING 2026-12-07 07:50:53.114503 [  proc ] GEARMAN_JOB_NOT_FOUND:Job given in work result not found -> libgearman-server/server.cc:779',
      'WARNING 2026-12-07 07:50:53.114503 [  proc ] GEARMAN_JOB_NOT_FOUND:Job given in work result not found -> libgearman-server/connection.cc:779',
    ])).toBe(2);
  });
});

describe("a thread's padded column in brackets", () => {
  it('is one value, a name or a number', () => {
    expect(count([
      '  DEBUG 2026-12-07 07:41:04.638477 [     1 ] Received submission, function:thumbnails unique: with 2 arguments -> libgearman-server/server.cc:252',
      '  DEBUG 2026-12-07 07:41:09.315458 [  proc ] Received submission, function:resize unique:thumb-1 with 2 arguments -> libgearman-server/server.cc:252',
      '  DEBUG 2026-12-07 07:41:10.235194 [     2 ] Received submission, function:resize unique: with 2 arguments -> libgearman-server/server.cc:252',
    ])).toBe(1);
    expect(count([
      '  DEBUG 2026-12-07 07:40:39.947578 [  proc ] Comparing queue 0 to limit 0 for priority 1 -> libgearman-server/job.cc:175',
      '  DEBUG 2026-12-07 07:40:56.045657 [     1 ] Comparing queue 0 to limit 0 for priority 1 -> libgearman-server/job.cc:175',
    ])).toBe(1);
  });

  it('near miss: a kernel time in brackets, a number with a fraction, stays what it was', () => {
    const fp = createFingerprinter();
    const a = fp.fingerprint({ source: 'log', service: 'kernel', body: '[  518.050606] Out of memory: Killed process 4242 (java)' });
    expect(a.message).not.toContain('[518.050606]');
    expect(count([
      '  DEBUG 2026-12-07 07:40:39.947578 [     1 ] Comparing queue 0 to limit 0 for priority 1 -> libgearman-server/job.cc:175',
      '  DEBUG 2026-12-07 07:40:39.947578 [     1 ] Sent ERROR -> libgearman-server/thread.cc:356',
    ])).toBe(2);
  });
});

describe('a location that climbs out of the build directory', () => {
  it("near miss: OpenSSL's `../ssl/…c:<line>` quoted in another program's message is not the program's location", () => {
    expect(isSourceLocation('../ssl/ssl_rsa.c:<int>:')).toBe(false);
    expect(isSourceLocation('../crypto/bio/bss_file.c:<int>:')).toBe(false);
  });
});
