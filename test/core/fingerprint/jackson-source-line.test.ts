// Jackson's parse errors end their message on a second line, ` at [Source: …; line: 1, column: N]
// (through reference chain: …)`, which Throwable.printStackTrace prints between the header and the
// frames: part of the message, not a frame. Read as a frame it became the top frame, named
// `[Source:` with the column and the payload's reference chain as its file — the culprit and the
// place a diagnosis pointed at (round 21's Coinbase incident, irufus/gdax-java#86).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

// irufus/gdax-java#86 (23 May 2021), as the issue quotes it; the column varies with the payload.
const gdax = (column: number) =>
  [
    'org.springframework.web.client.RestClientException: Error while extracting response for type [class [Lcom.coinbase.exchange.model.Product;] and content type [application/json;charset=utf-8]; nested exception is org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Cannot deserialize value of type `java.lang.Integer` from String "2.0": not a valid Integer value; nested exception is com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type `java.lang.Integer` from String "2.0": not a valid Integer value',
    ` at [Source: (PushbackInputStream); line: 1, column: ${column}] (through reference chain: java.lang.Object[][6]->com.coinbase.exchange.model.Product["max_market_funds"])`,
    '',
    '\tat org.springframework.web.client.HttpMessageConverterExtractor.extractData(HttpMessageConverterExtractor.java:117)',
    '\tat org.springframework.web.client.RestTemplate$ResponseEntityResponseExtractor.extractData(RestTemplate.java:994)',
    '\tat org.springframework.web.client.RestTemplate$ResponseEntityResponseExtractor.extractData(RestTemplate.java:977)',
    '\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:737)',
  ].join('\n');

describe("Jackson's [Source: …] line", () => {
  it('is the message going on, not a frame (irufus/gdax-java#86)', () => {
    const [e] = parseStacktrace(gdax(2523)).exceptions;
    expect(e.frames[0]).toMatchObject({ function: 'extractData', file: 'HttpMessageConverterExtractor.java', line: 117 });
    expect(e.frames).toHaveLength(4);
    expect(e.frames.some((f) => f.function?.startsWith('['))).toBe(false);
    expect(e.message).toMatch(/at \[Source: \(PushbackInputStream\); line: 1, column: 2523\]/);
  });

  it('does not part one failure by the column the payload put it at', () => {
    const fp = (column: number) => createFingerprinter().fingerprint({ source: 'span', service: 'market-maker', type: 'org.springframework.web.client.RestClientException', stacktrace: gdax(column) });
    expect(fp(2523).fingerprint).toBe(fp(2871).fingerprint);
    expect(fp(2523).culprit ?? '').not.toMatch(/Source/);
  });

  it('near misses: real frames, with a space before the parenthesis or packaging data after it, stay frames', () => {
    const [e] = parseStacktrace('java.lang.IllegalStateException: boom\n\tat androidx.fragment.app.Fragment.requireContext (Fragment.java:2)\n\tat com.example.A.b(A.java:3) ~[app.jar:1.0]\n').exceptions;
    expect(e.frames.map((f) => f.function)).toEqual(['requireContext', 'b']);
  });
});
