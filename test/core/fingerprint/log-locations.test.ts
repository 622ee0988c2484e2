// Log lines that name the statement that wrote them (rounds-fp/11): Go's standard log with
// Lshortfile (`2026/12/04 21:23:35 orders.go:5: load failed: …`) and Python's logging with
// `%(filename)s:%(lineno)d`, in brackets or not. Real programs (programs/log-locations, each with
// the command that re-records its output) log one message from two files, each twice with other
// data. The file was read as a dotted name (a host, a data file) and masked, so the message from
// two files was one signature; the file now contributes and its line does not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; body: string }
const rowsOf = (file: string) => readFileSync(new URL(`../../fixtures/fingerprint/${file}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe.each([
  ['Go log.Lshortfile', 'log-locations-go.ndjson'],
  ['Python logging', 'log-locations-python.ndjson'],
])('%s: one message from two files', (_name, file) => {
  const fp = createFingerprinter();
  // A service writes one format; the Python program writes two (with and without brackets).
  const results = rowsOf(file).map((r) => ({ ...r, format: r.body.includes('[') ? 'brackets' : 'plain', result: fp.fingerprint({ source: 'log', service: 'shop', body: r.body, severityText: 'ERROR' }) }));

  it('has one message logged from two files', () => {
    const messages = new Set(results.map((r) => r.body.replace(/^.*?\b\w+\.(?:go|py):\d+\]?:? /, '')));
    expect(results.length).toBeGreaterThan(messages.size);
    expect(new Set(results.map((r) => r.failure)).size).toBeGreaterThan(1);
  });

  it('makes one signature of each failure in a format, whatever its data', () => {
    expect(splitFailures(results, (r) => `${r.failure}|${r.format}`)).toEqual([]);
  });

  it('never makes one signature of two failures, and shows the file with its line masked', () => {
    expect(mergedFailures(results)).toEqual([]);
    expect(results.find((r) => r.failure === 'users load failed')!.result.message).toMatch(/users\.(?:go|py):<int>/);
  });
});
