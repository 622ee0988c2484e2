// Rollbar lists a JavaScript stack in Python's frame form, `File "<url>", line N, in <function>`
// under `Type: message`, innermost first as the engine printed it. Found in threads-10
// (issue-thread-traces-10.test.ts): read as a Python traceback (outermost first), Land of the
// Rair's crash site was Angular's zone hook bundled into its main script, under which every
// error of the app runs, and a page's `[anonymous]` read as a function's name.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-10', 'javascript');
const row = (source: string) => rows.find((r) => r.source.endsWith(source))!;

describe('Rollbar\'s `File "<url>", line N, in fn` lists of a JavaScript stack', () => {
  it('real: are JavaScript frames in the order printed, `[anonymous]` unnamed (LandOfTheRair/landoftherair-old#1484)', () => {
    const parsed = parseStacktrace(row('landoftherair-old/issues/1484').stacktrace!);
    expect(parsed.runtime).toBe('javascript');
    expect(parsed.exceptions[0]).toMatchObject({ type: 'TypeError', message: "Cannot read property 'configure' of undefined" });
    const frames = parsed.exceptions[0].frames;
    expect(frames[0]).toMatchObject({ function: undefined, file: 'https://play.rair.land/main.e7c20e6ff865024e7a1e.js', line: 1 });
    expect(frames[1]).toMatchObject({ function: 't.invokeTask', file: 'webpack:///../node_modules/zone.js/dist/zone.js', line: 421 });
    const r = row('landoftherair-old/issues/1484');
    const fp = createFingerprinter().fingerprint({ source: 'span', service: 'web', type: r.type, message: r.message, stacktrace: r.stacktrace });
    expect(fp.culprit).not.toContain('onInvokeTask');
  });

  it('real: a page\'s own line is a frame of the page (uhuraapp/uhura-frontend#257)', () => {
    const parsed = parseStacktrace(row('uhura-frontend/issues/257').stacktrace!);
    expect(parsed.runtime).toBe('javascript');
    expect(parsed.exceptions[0].frames).toEqual([{ function: undefined, file: 'https://www.uhura.io/', line: 74 }]);
  });

  it('name the innermost function: two functions failing under one caller are two signatures', () => {
    const trace = (fn: string) => `TypeError: Cannot read property 'id' of undefined\n  File "webpack:///./src/app/${fn}.ts", line 12, in ${fn}\n  File "webpack:///./src/app/router.ts", line 40, in Router.navigate\n`;
    const fp = createFingerprinter();
    const of = (fn: string) => fp.fingerprint({ source: 'span', service: 'web', type: 'TypeError', message: "Cannot read property 'id' of undefined", stacktrace: trace(fn) }).fingerprint;
    expect(of('loadOrders')).not.toBe(of('loadUsers'));
  });

  it("near misses: Python's traceback, with or without its header, stays Python's", () => {
    const sentry = parseStacktrace('KeyError: \'miele\'\n  File "/app/shop/views.py", line 12, in checkout\n  File "/app/shop/cart.py", line 40, in total\n');
    expect(sentry.runtime).toBe('python');
    expect(sentry.exceptions[0].frames.map((f) => f.function)).toEqual(['total', 'checkout']);
    expect(parseStacktrace('Traceback (most recent call last):\n  File "/app/static/build.py", line 3, in <module>\n    main()\n  File "/app/static/app.js", line 7, in main\nValueError: x\n').runtime).toBe('python');
  });
});
