// Go's *time.ParseError in a log line, `parsing time "<input>" as "<layout>": cannot parse "<rest>"
// as "<element>"`: the layout is the parsing statement's constant and tells two parses apart; the
// input is the data (src/core/fingerprint/go-time-layout.ts). Rows from a real run of
// test/fixtures/fingerprint/programs/go-bugs-13 (Go 1.26.8, log/slog's JSONHandler, `request
// failed` with the route and the error): parseDelivery's time.Parse(time.DateOnly, …) and
// parseSlot's time.Parse("15:04", …), each met with an unparsable value, in two builds. The near
// misses' texts are what Go 1.26.8's time.Parse returned here for the inputs shown.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withGoTimeLayoutNamed } from '../../../src/core/fingerprint/go-time-layout.js';

interface Row { failure: string; build: string; body?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-13.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const slog = (err: string) => JSON.stringify({ time: '2026-12-06T09:20:00Z', level: 'ERROR', msg: 'request failed', route: 'POST /checkout', err });
const printsOf = (bodies: string[]) => {
  const fp = createFingerprinter();
  return bodies.map((body) => fp.fingerprint({ source: 'log', service: 'shop', body, severityText: 'ERROR', runtime: 'go' }).fingerprint);
};

describe("Go's time.ParseError in a log line", () => {
  it("keeps two statements' layouts apart where the log record names no more than the error", () => {
    const logged = (failure: string) => rows.filter((r) => r.failure === failure && r.body?.includes('cannot parse')).map((r) => r.body!);
    const delivery = logged('parseDelivery bad date');
    const slot = logged('parseSlot bad time');
    expect(delivery).toHaveLength(2);
    expect(slot).toHaveLength(2);
    const prints = printsOf([...delivery, ...slot]);
    expect(new Set(prints.slice(0, 2)).size).toBe(1);
    expect(new Set(prints.slice(2)).size).toBe(1);
    expect(prints[0]).not.toBe(prints[2]);
  });

  it('is one signature for one layout met with other inputs', () => {
    const prints = printsOf([
      slog('parsing time "next week" as "2006-01-02": cannot parse "next week" as "2006"'),
      slog('parsing time "2026/03/01" as "2006-01-02": cannot parse "/03/01" as "-"'),
      slog('parsing time "03.01.2026" as "2006-01-02": cannot parse "03.01.2026" as "2006"'),
    ]);
    expect(new Set(prints).size).toBe(1);
  });

  it('spells the layout as one word, leaves the input to be masked and the element out', () => {
    expect(withGoTimeLayoutNamed('parsing time "9h30" as "15:04": cannot parse "h30" as ":"')).toBe('parsing time "9h30" as layout_lpCko: cannot parse "h30"');
    // As log/slog's TextHandler quotes it, backslashes before the quotes.
    expect(withGoTimeLayoutNamed('err="parsing time \\"x\\" as \\"2006-01-02T15:04:05Z07:00\\": cannot parse \\"x\\" as \\"2006\\""')).toBe('err="parsing time \\"x\\" as layout_mkkqDklDkmTlpCkoCkpZkrCkk: cannot parse \\"x\\""');
  });

  it('near miss: an out-of-range value, which names no layout, and other texts are left as they are', () => {
    for (const text of ['parsing time "2026-02-30": day out of range', 'error parsing time value "soon"', 'parsing time "2026x": extra text: "x"']) {
      expect(withGoTimeLayoutNamed(text)).toBe(text);
    }
  });

  it('near miss: RFC 3339 and a date-only layout, one input, are two statements', () => {
    const [rfc, date] = printsOf([
      slog('parsing time "tomorrow" as "2006-01-02T15:04:05Z07:00": cannot parse "tomorrow" as "2006"'),
      slog('parsing time "tomorrow" as "2006-01-02": cannot parse "tomorrow" as "2006"'),
    ]);
    expect(rfc).not.toBe(date);
  });
});
