// Real lines for go-bugs-23's near-miss tests: the messages programs/go-bugs-23/nearmiss printed
// (Go 1.26), and a span's stack from go-bugs-23.ndjson to record them under, as the service's
// failing statement recorded its own.
import { readFileSync } from 'node:fs';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

const lines = (path: string) => readFileSync(new URL(`../../fixtures/fingerprint/${path}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);

/** The message Go printed for a near-miss case. */
export const nearMiss = (name: string): string => lines('programs/go-bugs-23/nearmiss/nearmiss.ndjson').find((r) => r.case === name)!.message;

/** The first span row of a go-bugs-23 failure: its type and stack. */
export const spanOf = (failure: string) => lines('go-bugs-23.ndjson').find((r) => r.failure === failure && r.stacktrace !== undefined)!;

/** Fingerprints of messages recorded, in order and by one fingerprinter, under one failure's span type and stack. */
export function fingerprintsUnder(failure: string, messages: string[]): string[] {
  const fp = createFingerprinter();
  const span = spanOf(failure);
  return messages.map((message) => fp.fingerprint({ source: 'span', service: 'shop', type: span.type, message, stacktrace: span.stacktrace, runtime: 'go' }).fingerprint);
}
