// A large, varied input set for checking that a change to how fingerprints are computed (a
// speed-up) leaves every output exactly as it was: the labelled corpus of eight runtimes and
// the issue-thread traces, the same traces with Windows separators and CRLF line ends, the
// error log lines, the Loghub development split, and the all-errors benchmark's decoded
// events (bench/payloads.ts), each run through fingerprinters of every shape the server
// builds (with and without detail, with in-app globs, with the result cache off).
// equivalence.test.ts compares the outputs with a committed digest; bench/fingerprint.ts
// can run the same sets against another checkout of the fingerprinter.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { buildTracePayload } from '../../../bench/payloads.js';
import type { FingerprinterOptions, FingerprintInput, Fingerprinter } from '../../../src/core/fingerprint/index.js';
import { fingerprintInputOf } from '../../../src/core/fingerprint/input-of.js';
import { decodeTracesProto } from '../../../src/ingest/decode/index.js';
import type { CorpusRow } from './baselines.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const RUNTIMES = ['java', 'python', 'javascript', 'go', 'dotnet', 'ruby', 'php', 'rust', 'erlang'] as const;
/** The SDK's `telemetry.sdk.language` for each corpus runtime. */
const HINTS: Record<string, string> = { javascript: 'nodejs', java: 'java', python: 'python', go: 'go', dotnet: 'dotnet', ruby: 'ruby', php: 'php', rust: 'rust', erlang: 'erlang' };

function rows(file: string): CorpusRow[] {
  const url = new URL(`fingerprint/corpus/${file}`, FIXTURES);
  return existsSync(url) ? readFileSync(url, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as CorpusRow) : [];
}

export interface EquivalenceSet {
  name: string;
  options: FingerprinterOptions;
  /** `fingerprint`: the full result; `analyze`: the stateless analysis, then its completion. */
  mode: 'fingerprint' | 'analyze';
  inputs: FingerprintInput[];
}

/** In-app globs that hit frames of several runtimes in the corpus, both ways. */
const GLOBS: FingerprinterOptions = {
  inAppInclude: ['*node_modules/express*', 'org.springframework.*', '*site-packages/requests*', 'github.com/gin-gonic/*', 'System.Number', 'System.Int32.*', 'core::*'],
  inAppExclude: ['*/src/util*', 'App.Services.*', '*helpers*', 'main.*', 'App\\Cart', '*shop.rb:*', '*shop.rb', 'shop::main*', '*shop.py'],
};

function allErrorsInputs(): FingerprintInput[] {
  const out: FingerprintInput[] = [];
  for (let i = 0; i < 2; i++) {
    const payload = buildTracePayload({ spans: 512, errorRatio: 1, stackLines: 20, seed: 1000 + i, service: `svc-${i}` });
    for (const event of decodeTracesProto(payload.body, { severityThreshold: 17, captureHandled: true }).events) out.push(fingerprintInputOf(event));
  }
  return out;
}

function loghub(): { name: string; lines: string[] }[] {
  const dir = new URL('loghub-dev/', FIXTURES);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => ({
      name: f.slice(0, -4),
      lines: readFileSync(new URL(f, dir), 'utf8').split('\n').slice(1).filter((l) => l !== '').map((l) => l.slice(l.indexOf('\t') + 1)),
    }));
}

export function equivalenceSets(): EquivalenceSet[] {
  const sets: EquivalenceSet[] = [];
  const exceptions = RUNTIMES.map((runtime) => ({ runtime, rows: [...rows(`${runtime}.ndjson`), ...rows(`threads-${runtime}.ndjson`)] }));
  for (const { runtime, rows: rs } of exceptions) {
    const plain = rs.map((r): FingerprintInput => ({ source: 'span', service: r.service ?? 'svc', type: r.type, message: r.message, stacktrace: r.stacktrace }));
    const hinted = plain.map((x) => ({ ...x, runtime: HINTS[runtime] }));
    // Windows separators and CRLF: other paths through path normalisation and line splitting.
    const mangled = plain.map((x) => ({ ...x, stacktrace: x.stacktrace?.replace(/\//g, '\\').replace(/\n/g, '\r\n') }));
    sets.push({ name: `${runtime}`, options: {}, mode: 'fingerprint', inputs: plain });
    sets.push({ name: `${runtime} hinted, twice`, options: {}, mode: 'fingerprint', inputs: [...hinted, ...hinted] });
    sets.push({ name: `${runtime} hinted, no detail`, options: { detail: false }, mode: 'analyze', inputs: hinted });
    sets.push({ name: `${runtime} in-app globs`, options: GLOBS, mode: 'fingerprint', inputs: hinted });
    sets.push({ name: `${runtime} in-app globs, no detail`, options: { ...GLOBS, detail: false }, mode: 'analyze', inputs: hinted });
    sets.push({ name: `${runtime} windows crlf`, options: { cache: false }, mode: 'fingerprint', inputs: mangled });
  }
  const logs = rows('logs.ndjson').map((r): FingerprintInput => ({ source: 'log', service: r.service ?? 'svc', body: r.body, severityText: 'ERROR' }));
  sets.push({ name: 'logs', options: {}, mode: 'fingerprint', inputs: logs });
  const threadLogs = rows('issue-thread-logs.ndjson').map((r): FingerprintInput => ({ source: 'log', service: r.service ?? 'svc', body: r.body, severityText: 'ERROR' }));
  sets.push({ name: 'issue-thread logs', options: {}, mode: 'fingerprint', inputs: threadLogs });
  for (const d of loghub()) sets.push({ name: `loghub ${d.name}`, options: {}, mode: 'fingerprint', inputs: d.lines.map((body) => ({ source: 'log', service: d.name, body })) });
  const allErrors = allErrorsInputs();
  sets.push({ name: 'all-errors', options: {}, mode: 'fingerprint', inputs: allErrors });
  sets.push({ name: 'all-errors, no detail', options: { detail: false }, mode: 'analyze', inputs: allErrors });
  return sets;
}

/** One line per input: everything the fingerprinter answered, as JSON. */
export function outputsOf(create: (options: FingerprinterOptions) => Fingerprinter, set: EquivalenceSet): string[] {
  const fp = create(set.options);
  return set.inputs.map((input) => {
    if (set.mode === 'fingerprint') return JSON.stringify(fp.fingerprint(input));
    const analysis = fp.analyze(input);
    const text = JSON.stringify(analysis);
    return `${text}\n${JSON.stringify(fp.complete(input, analysis))}`;
  });
}
