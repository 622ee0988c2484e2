// A number and its unit quoted after a label is the value it labels, as a quoted word there is
// (quoted-quantity.ts). Real lines: Debian 12's prometheus 2.42.0+ds and prometheus-alertmanager
// 0.25.0 started on configurations with durations that do not parse (programs/prometheus,
// programs/alertmanager: common/model ParseDuration `not a valid duration string: %q`, quoted
// again, its quotes escaped, inside go-kit logfmt's `err="…"`); server-logs-20.test.ts.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const log = (f: ReturnType<typeof createFingerprinter>, service: string, body: string) => f.fingerprint({ source: 'log', service, body }).fingerprint;
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('a quantity quoted after a label', () => {
  it("Prometheus's durations that do not parse, with a unit or without, are one signature", () => {
    const f = createFingerprinter();
    expect(log(f, 'prometheus', 'ts=2026-12-06T04:15:02.952Z caller=main.go:469 level=error msg="Error loading config (--config.file=/tmp/tmp.6vLb42A6U5/bad.yml)" file=/tmp/tmp.6vLb42A6U5/bad.yml err="parsing YAML file /tmp/tmp.6vLb42A6U5/bad.yml: not a valid duration string: \\"15 seconds\\""'))
      .toBe(log(f, 'prometheus', 'ts=2026-12-06T04:15:03.022Z caller=main.go:469 level=error msg="Error loading config (--config.file=/tmp/tmp.6vLb42A6U5/bad.yml)" file=/tmp/tmp.6vLb42A6U5/bad.yml err="parsing YAML file /tmp/tmp.6vLb42A6U5/bad.yml: not a valid duration string: \\"soon\\""'));
    // Alertmanager's (one line of its own in the run) reads the same way
    expect(f.fingerprint({ source: 'log', service: 'alertmanager', body: 'ts=2026-12-06T04:15:31.702Z caller=coordinator.go:118 level=error component=configuration msg="Loading configuration file failed" file=/tmp/tmp.C4DjWuuMHp/bad.yml err="not a valid duration string: \\"thirty\\""' }).message).toMatch(/string: <\*>$/);
    // an error key's value outside a logfmt record, its quotes escaped
    expect(tokens('err="not a valid duration string: \\"15 seconds\\""')).toEqual(tokens('err="not a valid duration string: \\"soon\\""'));
    // the same statement's text outside logfmt, its quotes not escaped
    expect(tokens('not a valid duration string: "15 seconds"')).toEqual(tokens('not a valid duration string: "soon"'));
  });

  it('near misses: a request line, a longer quoted text, a unit that states a condition, no label', () => {
    // nginx's request line after `request:`: its words are constants (GET and POST stay apart)
    expect(tokens('2026/12/04 14:35:03 [error] 16591#16591: *1 open() "/tmp/ngx/html/missing.png" failed (2: No such file or directory), client: 127.0.0.1, server: shop.local, request: "GET /missing.png HTTP/1.1", host: "127.0.0.1:58080"')).toContain('"GET');
    // more than a number and one word after the label: kept as it was
    expect(tokens('left: "10 items in stock"')).toEqual(['left:', '"<int>', 'items', 'in', 'stock"']);
    // a word that states a condition is no unit
    expect(tokens('status: "500 error"')).toEqual(['status:', '"<int>', 'error"']);
    // no label before the quotes
    expect(tokens('failed to parse "10 seconds" here')).toEqual(['failed', 'to', 'parse', '"<int>', 'seconds"', 'here']);
    // an escaped opening quote in a logfmt error is closed only by an escaped one, not the field's
    expect(tokens('level=error err="bad value: \\"15 seconds" next')).toEqual(['level=<*>', 'err=', 'bad', 'value:', '\\"<int>', 'seconds', 'next']);
  });
});
