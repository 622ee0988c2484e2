// The JSON kind in encoding/json's `cannot unmarshal <kind> into Go …` is a value
// (unmarshal-value-kind.ts). Real lines: go-bugs-21's service logging a decoding helper's error
// with log/slog (programs/go-bugs-21, bugs-21-programs.test.ts), and Go 1.26.8's json.Unmarshal
// run here on a struct `Parcel{Weight int; Tags []string}`, a bare int and a map[int]string.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const log = (f: ReturnType<typeof createFingerprinter>, err: string) =>
  f.fingerprint({ source: 'log', service: 'shop', severityText: 'ERROR', body: JSON.stringify({ time: '2026-12-06T20:49:39.1Z', level: 'ERROR', msg: 'decode failed', route: 'POST /parcels', err }) }).fingerprint;
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe("encoding/json's kind of the value it could not decode", () => {
  it('one field sent as any kind is one signature', () => {
    const f = createFingerprinter();
    const text = log(f, 'json: cannot unmarshal string into Go struct field Parcel.weight of type int');
    for (const kind of ['bool', 'array', 'object', 'number 2.5', 'number -1']) {
      expect(log(f, `json: cannot unmarshal ${kind} into Go struct field Parcel.weight of type int`), kind).toBe(text);
    }
    expect(tokens('json: cannot unmarshal string into Go value of type int')).toContain('<name>');
  });

  it('near misses: another field, another Go type, a word that is no kind, no `into Go` after it', () => {
    const f = createFingerprinter();
    const weight = log(f, 'json: cannot unmarshal string into Go struct field Parcel.weight of type int');
    expect(log(f, 'json: cannot unmarshal string into Go struct field Parcel.tags of type []string')).not.toBe(weight);
    expect(log(f, 'json: cannot unmarshal string into Go struct field Carrier.max_kg of type int')).not.toBe(weight);
    expect(tokens('json: cannot unmarshal string into Go value of type int')).not.toEqual(tokens('json: cannot unmarshal string into Go value of type []string'));
    expect(tokens('cannot unmarshal config into settings')).toContain('config');
    expect(tokens('cannot unmarshal string: unexpected token')).toContain('string:');
    expect(tokens('cannot unmarshal string into settings')).toContain('string');
  });
});
