// Log records of real services whose JSON loggers write the exception in their own structured
// shapes (test/fixtures/fingerprint/programs/json-loggers/generate.sh): Python's structlog (its
// `dict_tracebacks`, the exception chain as a list of frames, and `format_exc_info`), loguru's
// serialised records, Google Cloud's structured-log handler (the trace in the message), Elastic's
// ECS formatter and GELF through pygelf; Java's Log4j 2 JsonLayout (the throwable as an object)
// and its JsonTemplateLayout's ECS, GELF, Google Cloud and Logstash templates and core
// GelfLayout; Node's winston, bunyan and log4js; Rust's tracing-subscriber JSON (no trace: its
// message and error nested under `fields`). Each program meets each failure three times with
// other data, several through one log statement, so only the exception tells them apart.
// Before rounds-fp/18, structlog's and JsonLayout's chains were not read (two raises of one
// function, `card … expired` and `card … declined by issuer`, were one signature), GELF's
// `short_message`/`full_message` and loguru's `text`/`record` were not (each record mined whole
// as text), and Google Cloud's records (the trace under the message's first line) were read by
// their first line alone; tracing's records were mined whole, their times among their words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { pairwise } from './pairwise.js';

interface Row { logger: string; runtime: string; failure: string; body: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/json-loggers.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const sets = [...new Set(rows.map((r) => `${r.runtime} ${r.logger}`))];

// ecs-logging-python writes `error.stack_trace` as `traceback.format_tb` of the exception it was
// given: the frames of the OrderError alone, without its cause. place_order's one raise from two
// causes is the same record both times; nothing in it tells them apart.
const CAUSE_NOT_LOGGED = new Set(['python ecs']);
// Loggers that print no trace: the record's message and error are the failure.
const NO_TRACE = new Set(['rust tracing']);

describe("JSON loggers' exceptions", () => {
  it('covers the loggers', () => {
    expect(sets.length).toBe(17);
    for (const set of sets) expect(rows.filter((r) => `${r.runtime} ${r.logger}` === set).length % 3).toBe(0);
  });

  for (const set of sets) {
    it(`${set}: one signature per failure, read as its exception`, () => {
      const fp = createFingerprinter();
      const mine = rows.filter((r) => `${r.runtime} ${r.logger}` === set);
      const results = mine.map((r) => ({ row: r, result: fp.fingerprint({ source: 'log', service: 'orders', body: r.body, severityText: 'ERROR' }) }));
      const score = pairwise(results.map(({ row, result }) => ({ group: row.failure, fingerprint: result.fingerprint })));
      expect(score.recall).toBe(1);
      if (CAUSE_NOT_LOGGED.has(set)) {
        const orders = results.filter(({ row }) => row.failure.startsWith('order-from-'));
        expect(new Set(orders.map(({ result }) => result.fingerprint)).size).toBe(1);
        const others = results.filter(({ row }) => !row.failure.startsWith('order-from-'));
        expect(pairwise(others.map(({ row, result }) => ({ group: row.failure, fingerprint: result.fingerprint }))).precision).toBe(1);
      } else expect(score.precision).toBe(1);
      for (const { result } of results) {
        if (NO_TRACE.has(set)) expect(result.message).toMatch(/^[a-z ]+ failed: /);
        else expect(result.explain).toContain('source: log whose body prints an exception — read as that exception');
      }
    });
  }
});

describe('structured exceptions: what is not one', () => {
  const fp = () => createFingerprinter();
  const read = (body: string) => fp().fingerprint({ source: 'log', service: 'orders', body, severityText: 'ERROR' });
  const READ = 'source: log whose body prints an exception — read as that exception';

  it('a list under `exception` that is not structlog’s chain is not read as one', () => {
    const r = read(JSON.stringify({ event: 'sync failed', exception: ['timeout', 'retry'] }));
    expect(r.explain).not.toContain(READ);
    expect(r.message).toBe('sync failed');
  });

  it('a message of several lines without frames stays a message', () => {
    const r = read(JSON.stringify({ severity: 'ERROR', message: 'batch 7 failed\nrow 3: bad date\nrow 9: bad amount' }));
    expect(r.explain).not.toContain(READ);
    expect(r.message).toBe('batch <int> failed');
  });

  it("loguru's record without an exception is read by its message, not as the whole JSON", () => {
    const line = (n: number) => JSON.stringify({ text: `2026-12-05 01:00:0${n}.000 | ERROR    | shop:pay:12 - payment ${n}0${n} refused\n`, record: { message: `payment ${n}0${n} refused`, level: { name: 'ERROR', no: 40 }, time: { timestamp: 1796433600 + n }, process: { id: 100 + n } } });
    const f = fp();
    const a = f.fingerprint({ source: 'log', service: 'orders', body: line(1), severityText: 'ERROR' });
    const b = f.fingerprint({ source: 'log', service: 'orders', body: line(2), severityText: 'ERROR' });
    expect(a.message).toBe('payment <int> refused');
    expect(b.fingerprint).toBe(a.fingerprint);
  });

  it('a JSON record longer than a message is still read as JSON, by its message', () => {
    const body = (id: string) => JSON.stringify({ level: 'error', msg: 'export failed', request: { id, headers: 'x'.repeat(3000) } });
    const f = fp();
    const a = f.fingerprint({ source: 'log', service: 'orders', body: body('r1'), severityText: 'ERROR' });
    const b = f.fingerprint({ source: 'log', service: 'orders', body: body('r2'), severityText: 'ERROR' });
    expect(a.message).toBe('export failed');
    expect(b.fingerprint).toBe(a.fingerprint);
  });

  it('`Error:` is JavaScript’s exception over V8 frames only, and only where the text says it', () => {
    expect(read('Error: card k1 expired\n    at charge (/app/src/pay.js:11:53)\n    at main (/app/src/index.js:3:1)').explain).toContain(READ);
    // A V8 trace without its header line is not an `Error`.
    expect(read('request failed\n    at charge (/app/src/pay.js:11:53)\n    at main (/app/src/index.js:3:1)').type).not.toBe('Error');
  });
});
