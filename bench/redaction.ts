// What redacting every event at ingest costs: the pipeline redacts an event (message, stack
// trace, body, span name, attributes, resource once per request) before it fingerprints it.
// Both variants run on the labelled fingerprint corpus (real stack traces from seven runtimes
// and 371 error log lines, test/fixtures/fingerprint/corpus) shaped as ErrorEvents with the
// attributes an instrumented HTTP server span carries, interleaved round by round, timed in
// process CPU time; the median round is reported. Two workloads: the corpus repeated (what an
// error storm looks like; the redaction memo answers) and every event new text (a burst of new
// signatures; the rule table does the work). A third row times redaction alone.
//
//   npx tsx bench/redaction.ts
import { readFileSync } from 'node:fs';
import { createFingerprinter, type FingerprintInput } from '../src/core/fingerprint/index.js';
import type { ErrorEvent } from '../src/core/model.js';
import { eventRedactor } from '../src/core/redact-event.js';
import { defaultRedactor } from '../src/core/redact.js';
import type { CorpusRow } from '../test/core/fingerprint/baselines.js';

const corpus = (name: string): CorpusRow[] =>
  readFileSync(new URL(`../test/fixtures/fingerprint/corpus/${name}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as CorpusRow);

const rows = [...['java', 'python', 'javascript', 'go', 'dotnet', 'ruby', 'php'].flatMap(corpus), ...corpus('logs')];
const resource = { 'service.name': 'shop', 'service.version': '2.4.0', 'deployment.environment.name': 'production', 'host.name': 'shop-7d9f8b6c4-x2x9k', 'telemetry.sdk.language': 'nodejs' };
const events: ErrorEvent[] = rows.map((r, i) => ({
  source: r.body ? 'log' : 'span',
  dedupeKey: `b:${i}`,
  service: r.service ?? 'shop',
  timeMs: 0,
  spanName: 'POST /api/orders/{id}',
  statusMessage: r.message,
  body: r.body,
  severityText: r.body ? 'ERROR' : undefined,
  exception: r.body ? undefined : { type: r.type, message: r.message, stacktrace: r.stacktrace },
  handled: false,
  attributes: {
    'http.request.method': 'POST',
    'http.route': '/api/orders/{id}',
    'url.full': `https://shop.example.com/api/orders/${1000 + i}?expand=items`,
    'http.response.status_code': 500,
    'user_agent.original': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
    'client.address': '203.0.113.7',
  },
  resource,
}));

const input = (e: ErrorEvent): FingerprintInput => ({
  source: e.source,
  service: e.service,
  type: e.exception?.type,
  message: e.exception?.message ?? e.statusMessage,
  stacktrace: e.exception?.stacktrace,
  body: e.body,
  severityText: e.severityText,
  spanName: e.spanName,
  attributes: e.attributes,
});

/**
 * The corpus 16 times over, each copy's messages, traces and URLs made unique: every event is
 * new text (a burst of new signatures), and the pool (~12 M characters) is larger than what
 * the redaction memo keeps, so it measures the rule table, not the memo.
 */
const distinct: ErrorEvent[] = [];
for (let copy = 0; copy < 16; copy++) {
  for (const e of events) {
    const tag = ` [pass ${copy}]`;
    distinct.push({
      ...e,
      statusMessage: e.statusMessage && e.statusMessage + tag,
      body: e.body && e.body + tag,
      exception: e.exception && { ...e.exception, message: e.exception.message && e.exception.message + tag, stacktrace: e.exception.stacktrace && e.exception.stacktrace.replace('\n', `${tag}\n`) },
      attributes: { ...e.attributes, 'url.full': `${e.attributes['url.full']}&pass=${copy}` },
    });
  }
}

const cpuUs = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const workload of [
  { name: 'repeated (the corpus over and over, as in an error storm)', pool: events, minMs: 200 },
  { name: 'all distinct (every message, trace and URL new)', pool: distinct, minMs: 0 },
]) {
  const plain = createFingerprinter();
  const redacting = createFingerprinter();
  const redactEvent = eventRedactor(defaultRedactor);
  const redactOnly = eventRedactor(defaultRedactor);
  const variants = [
    { name: 'fingerprint only', one: (e: ErrorEvent) => plain.fingerprint(input(e)).fingerprint },
    { name: 'redact, then fingerprint', one: (e: ErrorEvent) => redacting.fingerprint(input(redactEvent(e))).fingerprint },
    // Redaction alone, with its own memo: the difference of the two rows above also holds what
    // redaction's work does to the fingerprinter's caches, this row does not.
    { name: 'redact only', one: (e: ErrorEvent) => redactOnly(e).spanName },
  ];
  const results: number[][] = variants.map(() => []);
  for (let round = 0; round < 7; round++) {
    variants.forEach((v, k) => {
      const started = cpuUs();
      let n = 0;
      do for (const e of workload.pool) (v.one(e), n++);
      while (cpuUs() - started < workload.minMs * 1000);
      results[k].push((cpuUs() - started) / n);
    });
  }
  console.log(`\n${workload.name}: ${workload.pool.length} events, CPU time per event, median of 7 rounds`);
  const base = median(results[0]);
  variants.forEach((v, k) => {
    const us = median(results[k]);
    console.log(`  ${v.name.padEnd(26)} ${us.toFixed(1).padStart(7)} µs/event  ${Math.round(1e6 / us).toString().padStart(7)} events/s  ×${(us / base).toFixed(2)}`);
  });
}
