// `rounds fingerprint`: fingerprints NDJSON events (or plain log lines) from stdin with the
// same algorithm and one template miner, in order, as the server's pipeline would.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createFingerprinter, RuleError, type FingerprintInput, type Fingerprinter } from '../../core/fingerprint/index.js';
import type { Attributes } from '../../core/model.js';
import { parseArgs } from '../args.js';
import { CliError } from '../command.js';

export const summary = 'Fingerprint errors read as NDJSON (or log lines) from stdin';
export const usage = `Usage: rounds fingerprint [--explain] [--lines] [--rules FILE]

Reads one JSON object per line from stdin, with any of:
  service, type, message, stacktrace, body, severity, attributes
and writes one JSON line per input: {"line", "fingerprint", "algorithm", "type", "message",
"culprit", "aliases"} (+ "explain" with --explain). Objects with a type or stacktrace are
exceptions; others are log records whose body (or message) is mined into a template.

  --explain      say which parts contributed to each fingerprint and why others did not
  --lines        treat each input line as a plain log body (not JSON)
  --rules FILE   custom fingerprint rules (JSON, see docs/fingerprinting.md); default: the
                 file named by FINGERPRINT_RULES_FILE, if set

A malformed line is reported on stderr (with its line number) and skipped; the exit code is 1
if any line failed.`;

interface Options {
  explain: boolean;
  lines: boolean;
  rulesFile?: string;
}

function fingerprintOptions(args: string[]): Options {
  const { options, positionals } = parseArgs('fingerprint', args, { explain: 'boolean', lines: 'boolean', rules: 'string' });
  if (positionals.length) throw new CliError(`unknown option ${positionals[0]} (see rounds fingerprint --help)`, 2);
  if (options.rules === '') throw new CliError('--rules needs a file name', 2);
  return { explain: options.explain === true, lines: options.lines === true, rulesFile: (options.rules as string | undefined) ?? (process.env.FINGERPRINT_RULES_FILE || undefined) };
}

function loadRules(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read rules file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 2);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`rules file ${file} is not valid JSON: ${(e as Error).message}`, 2);
  }
}

const STRING_FIELDS = ['service', 'type', 'message', 'stacktrace', 'body', 'severity', 'source', 'spanName'] as const;

/** Turns one NDJSON value into an input, or returns why it cannot be one. */
function toInput(value: unknown): FingerprintInput | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object';
  const v = value as Record<string, unknown>;
  for (const f of STRING_FIELDS) if (v[f] !== undefined && typeof v[f] !== 'string') return `"${f}" must be a string`;
  if (v.attributes !== undefined && (typeof v.attributes !== 'object' || v.attributes === null || Array.isArray(v.attributes))) return '"attributes" must be an object';
  if (v.source !== undefined && v.source !== 'span' && v.source !== 'log') return '"source" must be "span" or "log"';
  const s = (k: string) => v[k] as string | undefined;
  if (!s('type') && !s('stacktrace') && !s('message') && !s('body')) return 'needs at least one of type, message, stacktrace, body';
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
    attributes: v.attributes as Attributes | undefined,
  };
}

export async function run(args: string[]): Promise<number> {
  const options = fingerprintOptions(args);
  let fp: Fingerprinter;
  try {
    fp = createFingerprinter({ rules: options.rulesFile ? loadRules(options.rulesFile) : undefined });
  } catch (e) {
    if (e instanceof RuleError) throw new CliError(`rules file ${options.rulesFile}: ${e.message}`, 2);
    throw e;
  }
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
