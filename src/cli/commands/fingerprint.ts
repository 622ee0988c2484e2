// `rounds fingerprint`: fingerprints NDJSON events (or plain log lines) from stdin and gives
// the server's answer: the fingerprinter is built by the server's composition step
// (compose/fingerprinter.ts) from the server's settings (flags, environment, `.env`: custom
// rules, in-app patterns) and the log-template miner's state saved in the server's store, then
// fed the lines in order as the server's pipeline would.
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { serverFingerprinter } from '../../compose/fingerprinter.js';
import { loadConfig, type ConfigKey, type SettingSources } from '../../config.js';
import type { FingerprintInput, Fingerprinter } from '../../core/fingerprint/index.js';
import type { Attributes } from '../../core/model.js';
import { isStoreError } from '../../core/store-errors.js';
import { openStore } from '../../store/open-store.js';
import { parseArgs } from '../args.js';
import { CliError } from '../command.js';
import { resolveStore } from '../open-store.js';
import { cliErrorOf } from '../store-errors.js';

export const summary = 'Fingerprint errors read as NDJSON (or log lines) from stdin';
export const usage = `Usage: rounds fingerprint [--explain] [--lines] [--rules FILE] [--data-dir DIR | --store URL]

Reads one JSON object per line from stdin, with any of:
  service, type, message, stacktrace, body, severity, attributes, source, spanName,
  spanKind (internal, server, client, producer, consumer, or OTLP's number 1-5)
and writes one JSON line per input: {"line", "fingerprint", "algorithm", "type", "message",
"culprit", "aliases"} (+ "explain" with --explain). Objects with a type or stacktrace are
exceptions; others are log records whose body (or message) is mined into a template.

  --explain      say which parts contributed to each fingerprint and why others did not
  --lines        treat each input line as a plain log body (not JSON)
  --rules FILE   custom fingerprint rules (JSON, see docs/fingerprinting.md); default: the
                 file named by FINGERPRINT_RULES_FILE, if set
  --data-dir DIR, --store URL
                 the server's store, whose saved log-template miner state is used (read
                 only); default: the server's (ROUNDS_DATA_DIR or STORE_BACKEND settings).
                 Without a store the miner starts empty, as a new server's does.

The other settings are the server's, from the environment and .env: FINGERPRINT_RULES_FILE,
IN_APP_INCLUDE, IN_APP_EXCLUDE. A setting the server would refuse is an error here too (exit 2).

A malformed line is reported on stderr (with its line number) and skipped; the exit code is 1
if any line failed.`;

interface Options {
  explain: boolean;
  lines: boolean;
  /** Setting overrides from flags, as `rounds serve` takes them. */
  settings: Partial<Record<ConfigKey, string>>;
  sources: SettingSources;
  /** The arguments naming the store (--data-dir, --store), for its miner state. */
  storeArgs: string[];
}

function fingerprintOptions(args: string[]): Options {
  const { rest } = resolveStore(args);
  const { options, positionals } = parseArgs('fingerprint', rest, { explain: 'boolean', lines: 'boolean', rules: 'string' });
  if (positionals.length) throw new CliError(`unknown option ${positionals[0]} (see rounds fingerprint --help)`, 2);
  if (options.rules === '') throw new CliError('--rules needs a file name', 2);
  const rules = options.rules as string | undefined;
  return {
    explain: options.explain === true,
    lines: options.lines === true,
    settings: rules === undefined ? {} : { FINGERPRINT_RULES_FILE: rules },
    sources: rules === undefined ? {} : { FINGERPRINT_RULES_FILE: { flag: '--rules' } },
    storeArgs: args,
  };
}

/** The miner state the server saved, read without blocking a running server; none without a store. */
async function savedMinerState(storeArgs: string[]): Promise<unknown> {
  const { location, dataDir } = resolveStore(storeArgs); // other arguments are ignored here
  if (location.backend === 'lmdb' && !existsSync(location.dataDir)) return undefined;
  try {
    const store = await openStore(location, { readOnly: true, mustExist: true });
    try {
      return await store.loadMinerState();
    } finally {
      await store.close();
    }
  } catch (error) {
    if (isStoreError(error)) throw cliErrorOf(error);
    throw new CliError(`cannot read the miner state in ${dataDir}: ${(error as Error).message}`);
  }
}

const STRING_FIELDS = ['service', 'type', 'message', 'stacktrace', 'body', 'severity', 'source', 'spanName'] as const;

/** OTLP's SpanKind numbers (trace.proto) by the name the API gives them. */
const SPAN_KINDS: Readonly<Record<string, number>> = { internal: 1, server: 2, client: 3, producer: 4, consumer: 5 };

/** A span kind given by name or number; undefined when absent, null when not a kind. */
function spanKindOf(value: unknown): number | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;
  if (typeof value !== 'string') return null;
  return SPAN_KINDS[value.toLowerCase().replace(/^span_kind_/, '')] ?? null;
}

/** Turns one NDJSON value into an input, or returns why it cannot be one. */
function toInput(value: unknown): FingerprintInput | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object';
  const v = value as Record<string, unknown>;
  for (const f of STRING_FIELDS) if (v[f] !== undefined && typeof v[f] !== 'string') return `"${f}" must be a string`;
  if (v.attributes !== undefined && (typeof v.attributes !== 'object' || v.attributes === null || Array.isArray(v.attributes))) return '"attributes" must be an object';
  if (v.source !== undefined && v.source !== 'span' && v.source !== 'log') return '"source" must be "span" or "log"';
  const spanKind = spanKindOf(v.spanKind);
  if (spanKind === null) return '"spanKind" must be one of internal, server, client, producer, consumer (or 1-5)';
  const s = (k: string) => v[k] as string | undefined;
  // A failed span may say nothing but its name (an HTTP client's, whose status sets no message).
  const bareSpan = s('source') === 'span' && Boolean(s('spanName'));
  if (!s('type') && !s('stacktrace') && !s('message') && !s('body') && !bareSpan) return 'needs at least one of type, message, stacktrace, body (or a span with its spanName)';
  const isException = Boolean(s('type') || s('stacktrace'));
  return {
    source: (s('source') as 'span' | 'log' | undefined) ?? (isException ? 'span' : 'log'),
    service: s('service') ?? 'unknown',
    type: s('type'),
    message: s('message'),
    stacktrace: s('stacktrace'),
    body: s('body'),
    severityText: s('severity'),
    spanName: s('spanName'),
    spanKind,
    attributes: v.attributes as Attributes | undefined,
  };
}

export async function run(args: string[]): Promise<number> {
  const options = fingerprintOptions(args);
  // A ConfigError (a bad rules file, an invalid setting) is reported by cli/main.ts as one line, exit 2.
  const config = loadConfig(options.settings, process.env, '.env', options.sources);
  const fp: Fingerprinter = serverFingerprinter(config, await savedMinerState(options.storeArgs));
  let failed = 0;
  let n = 0;
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join(''));
    out.length = 0;
  };
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    let input: FingerprintInput | string;
    if (options.lines) input = { source: 'log', service: 'unknown', body: line };
    else {
      try {
        input = toInput(JSON.parse(line));
      } catch (e) {
        input = `invalid JSON (${(e as Error).message})`;
      }
    }
    if (typeof input === 'string') {
      failed++;
      flush(); // keep stderr and stdout in input order for a reader of both
      process.stderr.write(`rounds fingerprint: line ${n}: ${input}\n`);
      continue;
    }
    const r = fp.fingerprint(input);
    const row: Record<string, unknown> = { line: n, fingerprint: r.fingerprint, algorithm: r.algorithm, type: r.type, message: r.message };
    if (r.culprit) row.culprit = r.culprit;
    if (r.aliases.length) row.aliases = r.aliases;
    if (options.explain) row.explain = r.explain;
    out.push(JSON.stringify(row) + '\n');
    if (out.length >= 256) flush();
  }
  flush();
  if (failed) process.stderr.write(`rounds fingerprint: ${failed} of ${n} lines failed\n`);
  return failed ? 1 : 0;
}
