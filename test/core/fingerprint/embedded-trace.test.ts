// Log records whose body prints an exception (src/core/fingerprint/embedded-trace.ts). The
// corpus file holds records nine real programs wrote (test/fixtures/fingerprint/logged-traces.mjs):
// each logs three different bugs through one log statement, so the record's first line is the
// same for all of them and only the trace tells them apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { embeddedTrace } from '../../../src/core/fingerprint/embedded-trace.js';
import { costRatio } from '../../helpers/cost-ratio.js';
import { pairwise } from './pairwise.js';

interface Row {
  group: string;
  service: string;
  runtime: string;
  body: string;
}
const rows = readFileSync(new URL('../../fixtures/fingerprint/corpus/logged-traces.ndjson', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Row);

describe('a stack trace inside a log record', () => {
  const PYTHON_TYPES = /^(ZeroDivisionError|KeyError|ValueError)$/;
  const TYPES: Record<string, RegExp> = { java: /^java\.lang\.\w+Exception$/, python: PYTHON_TYPES, 'python-rich': PYTHON_TYPES, 'python-loguru': PYTHON_TYPES, javascript: /^(TypeError|SyntaxError)$/, go: /^panic$/, 'go-gin': /^panic$/, 'javascript-pino': /^(TypeError|RangeError|SyntaxError)$/, 'javascript-pino-pretty': /^(TypeError|RangeError|SyntaxError)$/ };
  // The function each bug is raised in (rich draws each frame in its box; loguru marks the
  // frame that caught it, here the same one, with `>`).
  const CRASH_SITES: Record<string, { file: string; sites: Record<string, string> }> = { 'python-rich': { file: 'handler.py', sites: { total: 'total', stock: 'stock', qty: 'parse_qty' } }, 'python-loguru': { file: 'handler-loguru.py', sites: { total: 'total', stock: 'stock', price: 'price' } } };
  for (const runtime of ['java', 'python', 'python-rich', 'python-loguru', 'javascript', 'go', 'go-gin', 'javascript-pino', 'javascript-pino-pretty']) {
    it(`${runtime}: one signature per bug behind one log statement, named by the exception`, () => {
      const fp = createFingerprinter();
      const mine = rows.filter((r) => r.runtime === runtime);
      expect(mine).toHaveLength(9);
      const results = mine.map((r) => ({ row: r, result: fp.fingerprint({ source: 'log', service: r.service, body: r.body, severityText: 'ERROR' }) }));
      const score = pairwise(results.map(({ row, result }) => ({ group: row.group, fingerprint: result.fingerprint })));
      expect(score.precision).toBe(1);
      expect(score.recall).toBe(1);
      expect(score.signatures).toBe(3);
      for (const { result } of results) {
        expect(result.explain).toContain('source: log whose body prints an exception — read as that exception');
        expect(result.type).toMatch(TYPES[runtime]);
        expect(result.culprit).toMatch(/^(Handler\.|main\.)?\w+ \(app\/handler[\w-]*\.\w+\)$|^Handler\.\w+ \(Handler\.java\)$|^gin\.\w+ \(gin\/main\.go\)$/);
      }
      const expected = CRASH_SITES[runtime];
      if (expected) for (const { row, result } of results) expect(result.culprit).toBe(`${expected.sites[row.group.split(':')[2]]} (app/${expected.file})`);
    });
  }

  it("rich's frame lines wrapped where its box is narrower than them are read back whole", () => {
    // Records an earlier version of programs/logged/handler-rich.py wrote from a longer path: at
    // 80 columns rich broke each frame line before ` in handle`.
    const wrapped = readFileSync(new URL('../../fixtures/fingerprint/rich-wrapped.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
    expect(wrapped.map((r) => r.body.split('\n')[3].trim())).toEqual(['│ in handle                                        │', '│ in handle                                        │', '│ in handle                                        │']);
    const fp = createFingerprinter();
    const culprits = wrapped.map((r) => fp.fingerprint({ source: 'log', service: r.service, body: r.body, severityText: 'ERROR' }).culprit);
    expect(culprits).toEqual(['total (app/handler-rich.py)', 'stock (app/handler-rich.py)', 'parse_qty (app/handler-rich.py)']);
  });

  it.each([
    [
      "ASP.NET Core's console logger: the trace after two lines of its own",
      'fail: Microsoft.AspNetCore.Server.Kestrel[13]\n      Connection id "0HMVF", Request id "0HMVF:00000001": An unhandled exception was thrown by the application.\n      System.InvalidOperationException: Sequence contains no elements\n         at System.Linq.ThrowHelper.ThrowNoElementsException()\n         at Shop.Orders.OrderService.First() in /src/Orders/OrderService.cs:line 20',
      /^\s*System\.InvalidOperationException: Sequence contains no elements\n/,
    ],
    [
      "a logger's words before the header on its first line",
      "request 7 failed: TypeError: Cannot read properties of undefined (reading 'id')\n    at getUser (/app/src/users.js:10:15)",
      /^TypeError: Cannot read properties/,
    ],
    [
      'a wrapped exception keeps its outer type',
      'com.acme.BillingException: charge failed: java.io.IOException: reset\n\tat com.acme.Billing.charge(Billing.java:40)',
      /^com\.acme\.BillingException: charge failed/,
    ],
  ])('%s', (_name, body, trace) => {
    expect(embeddedTrace(body)).toMatch(trace);
  });

  // Written in the shapes Rails' DebugExceptions and Ruby's Logger give them (no Ruby on this
  // machine to run them): the exception's own line is not a frame there.
  it.each([
    ['Rails', 'Completed 500 Internal Server Error in 12ms\n\nNoMethodError (undefined method `name\' for nil:NilClass):\n\napp/controllers/users_controller.rb:5:in `show\'', 'NoMethodError'],
    ['Rails, another exception at the same action', 'Completed 500 Internal Server Error in 9ms\n\nActiveRecord::RecordNotFound (Couldn\'t find User with \'id\'=42):\n\napp/controllers/users_controller.rb:9:in `show\'', 'ActiveRecord::RecordNotFound'],
    ['Ruby Logger', 'E, [2024-03-01T10:00:00.123456 #1] ERROR -- : undefined method `name\' for nil:NilClass (NoMethodError)\n/app/app/models/user.rb:12:in `display_name\'', 'NoMethodError'],
  ])('Ruby in a log: %s names the exception', (_name, body, type) => {
    expect(createFingerprinter().fingerprint({ source: 'log', service: 's', body, severityText: 'ERROR' }).type).toBe(type);
  });

  it.each([
    ['ECS (error.stack_trace)', { '@timestamp': '2026-03-01T10:00:00Z', 'log.level': 'error', message: 'request failed', 'error.stack_trace': 'java.lang.IllegalStateException: cart empty\n\tat com.acme.Cart.checkout(Cart.java:88)' }, /^java\.lang\.IllegalStateException/],
    ['ECS, nested', { message: 'request failed', error: { type: 'java.lang.IllegalStateException', stack_trace: 'java.lang.IllegalStateException: cart empty\n\tat com.acme.Cart.checkout(Cart.java:88)' } }, /^java\.lang\.IllegalStateException/],
    ['python-json-logger (exc_info)', { levelname: 'ERROR', message: 'request failed', exc_info: 'Traceback (most recent call last):\n  File "/app/x.py", line 2, in f\n    return 1/0\nZeroDivisionError: division by zero' }, /^Traceback/],
    // dotnet/dotnet-monitor#241: ASP.NET Core's JSON console logger (AddJsonConsole), one record
    // per line; Serilog's JSON formatter also writes `Exception`.
    [
      ".NET's JSON console logger (Exception)",
      { Timestamp: '2021-04-26T12:51:49.7297727Z', EventId: 7, LogLevel: 'Error', Category: 'WebApplication1.Pages.IndexModel', Message: 'Failed to get resource after 5 attempts.', Exception: 'System.InvalidOperationException: Uh oh!\r\n   at WebApplication1.Pages.IndexModel.OnGet() in C:\\Users\\username\\source\\WebApplication1\\WebApplication1\\Pages\\Index.cshtml.cs:line 25', State: { Message: 'Failed to get resource after 5 attempts.', attempts: '5', '{OriginalFormat}': 'Failed to get resource after {attempts} attempts.' } },
      /^System\.InvalidOperationException: Uh oh!/,
    ],
    // Traces as arrays of lines: the ECS loggers' stackTraceAsArray (elastic/ecs-logging-java#28),
    // and Semantic Logger's exception, whose name and message are not among its lines (the
    // format as its author documents it, bitc/structured-logging-schema#2).
    ['ECS, stack trace as an array', { message: 'request failed', 'error.stack_trace': ['java.lang.IllegalStateException: cart empty', '\tat com.acme.Cart.checkout(Cart.java:88)', '\tat com.acme.Api.post(Api.java:20)'] }, /^java\.lang\.IllegalStateException: cart empty\n\tat com\.acme\.Cart\.checkout/],
    [
      'Semantic Logger (Rails)',
      { level: 'error', name: 'OrdersController', message: 'Completed #show', exception: { name: 'NoMethodError', message: "undefined method `name' for nil", stack_trace: ["/app/app/models/order.rb:12:in `customer_name'", "/app/app/controllers/orders_controller.rb:8:in `show'"] } },
      /^NoMethodError: undefined method `name' for nil\n\/app\/app\/models\/order\.rb:12/,
    ],
  ])('a JSON record: %s', (_name, record, trace) => {
    expect(embeddedTrace(JSON.stringify(record))).toMatch(trace);
  });

  it('stays linear on long adversarial bodies', () => {
    const frame = '\n    at handle (/app/src/server.js:22:5)';
    const inputs = [
      'x '.repeat(30_000) + 'a.b.c.d.e.f.g.h' + frame,
      'request failed: '.repeat(4_000) + 'TypeError' + frame,
      'a.'.repeat(30_000) + 'Error: x' + frame,
      'line\n'.repeat(30_000),
      '{"stack": "' + 'x\\n'.repeat(20_000) + '"}',
      'request failed\n  "stack":\n' + '    x\n'.repeat(30_000),
    ];
    for (const input of inputs) {
      const half = input.slice(0, input.length / 2) + frame;
      expect(costRatio(() => embeddedTrace(input), () => embeddedTrace(half)), input.slice(0, 16)).toBeLessThan(3.5);
    }
  });

  it("PHP's error log: a record whose header follows the log's timestamp is read as its exception", () => {
    // The record PHP writes to its error log (Sucuri/sucuri-wordpress-plugin#113), on two days:
    // one bug, named by its throw site, whatever the date in front.
    const record = (time: string) =>
      [
        `[${time}] PHP Fatal error:  Uncaught TypeError: count(): Argument #1 ($var) must be of type Countable|array, null given in /var/www/html/wp-content/plugins/sucuri-scanner/src/sitecheck.lib.php:393`,
        'Stack trace:',
        '#0 /var/www/html/wp-content/plugins/sucuri-scanner/src/sitecheck.lib.php(543): SucuriScanSiteCheck::iFramesTitle()',
        '#1 /var/www/html/wp-content/plugins/sucuri-scanner/src/pagehandler.php(201): SucuriScanSiteCheck::ajaxMalwareScan()',
        '#2 {main}',
        '  thrown in /var/www/html/wp-content/plugins/sucuri-scanner/src/sitecheck.lib.php on line 393',
      ].join('\n');
    const fp = createFingerprinter();
    const a = fp.fingerprint({ source: 'log', service: 'wp', body: record('17-Jun-2021 13:13:04 UTC'), severityText: 'ERROR' });
    const b = fp.fingerprint({ source: 'log', service: 'wp', body: record('18-Jun-2021 09:01:44 UTC'), severityText: 'ERROR' });
    expect(a.type).toBe('TypeError');
    expect(a.culprit).toContain('SucuriScanSiteCheck.iFramesTitle');
    expect(b.fingerprint).toBe(a.fingerprint);
  });

  it('a one-line record, or several lines without a frame, stays a log line', () => {
    expect(embeddedTrace(JSON.stringify({ level: 'error', msg: 'request failed', err: 'boom' }))).toBeUndefined();
    expect(embeddedTrace('{"msg": "stack')).toBeUndefined();
    expect(embeddedTrace('connect() failed (111: Connection refused)')).toBeUndefined();
    expect(embeddedTrace('ERROR: duplicate key value violates unique constraint "users_pkey"\nDETAIL: Key (id)=(5) already exists.')).toBeUndefined();
    const fp = createFingerprinter();
    expect(fp.fingerprint({ source: 'log', service: 's', body: 'ERROR: duplicate key value violates unique constraint "users_pkey"\nDETAIL: Key (id)=(5) already exists.' }).type).toBe('log');
  });
});

// zap's production logger writes a stack of frames only (`stacktrace`) beside the message and the
// error it logged: a real Go service (test/fixtures/fingerprint/programs/go-zap, zap 1.28) logs
// "request failed" with the error from two handlers, one of them for two different errors, each
// twice with other data (ids, ports).
describe('a JSON record whose stack has no line of the error\'s own', () => {
  const zapRows = readFileSync(new URL('../../fixtures/fingerprint/go-zap-errors.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { failure: string; body: string });

  it('reads the record\'s message and error as that line', () => {
    const fp = createFingerprinter();
    const results = zapRows.map((r) => ({ failure: r.failure, result: fp.fingerprint({ source: 'log', service: 'shop', body: r.body, severityText: 'error' }) }));
    expect(new Set(zapRows.map((r) => r.failure)).size).toBe(3);
    for (const failure of new Set(zapRows.map((r) => r.failure))) expect(new Set(results.filter((r) => r.failure === failure).map((r) => r.result.fingerprint)).size, failure).toBe(1);
    expect(new Set(results.map((r) => r.result.fingerprint)).size).toBe(3);
    const refused = results.find((r) => r.failure === 'order store refused')!.result;
    expect(refused.message).toMatch(/^request failed: load order <int>: dial tcp/);
    expect(refused.culprit).toMatch(/^main\.\(\*server\)\.getOrder/);
  });
});
