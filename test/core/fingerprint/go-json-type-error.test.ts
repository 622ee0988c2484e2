// Go's encoding/json, decoding a request body into a struct whose field has another type than
// the JSON value (`json: cannot unmarshal number 2.5 into Go struct field Order.qty of type
// int`), names the field and its Go type: code. A real Go service (programs/go-bugs-3, the
// OpenTelemetry Go SDK's span.RecordError with its stack) decodes every body through one helper
// and records the error through another, so Order.qty sent as a fraction and Order.price sent
// as a string had one crash site (the handler), one type, and one signature; the field and its
// type now contribute, the value sent does not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeNamedByMessage } from '../../../src/core/fingerprint/code-in-message.js';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; build: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-3.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe("Go encoding/json's type error", () => {
  it('is one signature per struct field, whatever value was sent, in every build', () => {
    const mine = rows.filter((r) => r.type === '*json.UnmarshalTypeError');
    expect(new Set(mine.map((r) => r.failure))).toEqual(new Set(['createOrder qty not an integer', 'createOrder price quoted', 'postReading rhum not an integer']));
    const fp = createFingerprinter();
    const results = mine.map((r) => ({ ...r, result: fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'go' }) }));
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
  });

  it('names the field and its Go type, not the kind or number sent', () => {
    const named = (m: string) => codeNamedByMessage('*json.UnmarshalTypeError', m);
    expect(named('json: cannot unmarshal number 53.5 into Go struct field .rhum of type int')).toBe('field .rhum of type int');
    expect(named('json: cannot unmarshal string into Go struct field IDS.data.timestamp of type int64')).toBe('field IDS.data.timestamp of type int64');
    expect(named('json: cannot unmarshal number 2.5 into Go struct field Order.qty of type int')).toBe(named('json: cannot unmarshal string into Go struct field Order.qty of type int'));
    expect(named('json: cannot unmarshal array into Go value of type main.Order')).toBe('value of type main.Order');
    // Near misses: the same words under another type (an application's own error, a wrapping
    // fmt.Errorf) and encoding/json's syntax error are not read.
    expect(codeNamedByMessage('*errors.errorString', 'json: cannot unmarshal string into Go struct field Order.qty of type int')).toBeUndefined();
    expect(codeNamedByMessage('*fmt.wrapError', 'decode order: json: cannot unmarshal string into Go struct field Order.qty of type int')).toBeUndefined();
    expect(codeNamedByMessage('*json.SyntaxError', 'invalid character \'}\' looking for beginning of object key string')).toBeUndefined();
  });
});
