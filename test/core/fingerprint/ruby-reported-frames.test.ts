// Honeybadger's issue-tracker integration lists a Ruby backtrace as `line <n> of
// [PROJECT_ROOT]/<file>: <method>`: found in threads-4 (issue-thread-traces-4.test.ts), where an
// application's NoMethodErrors from a controller and a view (and another app's view) were one
// signature, the list read as no frame and the method names masked in the message.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-4/ruby.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprintOf = (group: string) => {
  const r = rows.find((x) => x.group.endsWith(group))!;
  return createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
};

describe("Honeybadger's `line N of [PROJECT_ROOT]/file: method` frames", () => {
  it('are Ruby frames, the application file and method of each line', () => {
    const parsed = parseStacktrace('## Backtrace\n\n    line 9 of [PROJECT_ROOT]/app/views/orders/show.html.erb: block (2 levels) in _app_views_orders_show_html_erb__201_315\n    line 14 of [GEM_ROOT]/gems/actionview-7.1.0/lib/action_view/base.rb: public_send\n    line 59 of [PROJECT_ROOT]/app/controllers/orders_controller.rb: show\n');
    expect(parsed.runtime).toBe('ruby');
    expect(parsed.exceptions[0].frames).toEqual([
      { file: '[PROJECT_ROOT]/app/views/orders/show.html.erb', line: 9, module: undefined, function: 'block (2 levels) in _app_views_orders_show_html_erb__201_315' },
      { file: '[GEM_ROOT]/gems/actionview-7.1.0/lib/action_view/base.rb', line: 14, module: undefined, function: 'public_send' },
      { file: '[PROJECT_ROOT]/app/controllers/orders_controller.rb', line: 59, module: undefined, function: 'show' },
    ]);
  });

  it("near misses: another language's file, or prose that says 'line 3 of', is no Ruby frame", () => {
    expect(parseStacktrace('    line 12 of [PROJECT_ROOT]/lib/shop/orders.ex: Shop.Orders.load/1\n').runtime).not.toBe('ruby');
    expect(parseStacktrace('the error is on line 3 of the file: see above\n').runtime).not.toBe('ruby');
  });

  it('real: a controller, a view and another app\'s view, each a NoMethodError on nil, are three failures (openaustralia/morph#859, #850, sul-dlss/SearchWorks#5980)', () => {
    const ids = ['morph-scraperwiki-empty', 'morph-github-view-nickname', 'searchworks-boundwith-modal-index'].map((g) => fingerprintOf(g));
    expect(ids[0].frames[0]).toMatchObject({ function: 'scraperwiki', line: 83 });
    expect(new Set(ids.map((r) => r.fingerprint)).size).toBe(3);
  });
});
