// A Ruby backtrace copied from Errbit's notice page: one frame a line as `<file>:<line>→
// <method>`, the application's files under `[PROJECT_ROOT]`, gems' by name and version. Found in
// threads-6 (issue-thread-traces-6.test.ts): errbit/errbit#1276's copy read no frame.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-6/ruby.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe("a backtrace copied from Errbit's notice page", () => {
  it('reads each `file:line→ method` line as a frame', () => {
    const t = parseStacktrace('[PROJECT_ROOT]/app/models/cart.rb:18→ total\n--\n[PROJECT_ROOT]/app/controllers/carts_controller.rb:5→ show\nactionpack-4.2.9/lib/action_controller/metal/implicit_render.rb:4→ send_action\n');
    expect(t.runtime).toBe('ruby');
    expect(t.exceptions[0].frames.map((f) => [f.file, f.line, f.function])).toEqual([
      ['[PROJECT_ROOT]/app/models/cart.rb', 18, 'total'],
      ['[PROJECT_ROOT]/app/controllers/carts_controller.rb', 5, 'show'],
      ['actionpack-4.2.9/lib/action_controller/metal/implicit_render.rb', 4, 'send_action'],
    ]);
  });

  it('near misses: an arrow after a file that is not Ruby, or without a line number, is no frame', () => {
    expect(parseStacktrace('src/cart.js:18→ total\nsrc/api.js:5→ show\n').runtime).not.toBe('ruby');
    expect(parseStacktrace('[PROJECT_ROOT]/app/models/cart.rb→ total\n').runtime).not.toBe('ruby');
  });

  it("real: Errbit's own nil receiver is known by its crash site, apart from another code base's same message (errbit/errbit#1276, smartchicago/connect-chicago-locator#5)", () => {
    const fp = createFingerprinter();
    const of = (source: string) => {
      const r = rows.find((x) => x.source.endsWith(source))!;
      return fp.fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
    };
    const errbit = of('errbit/errbit/pull/1276');
    expect(errbit.culprit).toContain('backtrace_line_decorator.rb');
    expect(errbit.fingerprint).not.toBe(of('connect-chicago-locator/issues/5').fingerprint);
  });
});
