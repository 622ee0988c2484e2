// Reimplementations of other products' DOCUMENTED grouping rules (docs/fingerprinting.md, "Where Sentry's documented rules group differently"),
// run on the same corpus to show where they group differently. Simplified: each uses Rounds'
// parsers and in-app defaults for the frames it needs, and its own choice of parts.
import { createHash } from 'node:crypto';
import { defaultInApp } from '../../../src/core/fingerprint/in-app.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import type { RawFrame, Runtime } from '../../../src/core/fingerprint/types.js';

export interface CorpusRow {
  group: string;
  service?: string;
  type?: string;
  message?: string;
  stacktrace?: string;
  body?: string;
  /** URL of the public issue thread a trace was quoted from (absent for captured traces). */
  source?: string;
}

const md5 = (parts: string[]) => createHash('md5').update(parts.join('\u0000')).digest('hex');

/** Sentry newstyle: type + every contributing frame (in-app if any, else all); frame = module or basename + function; message ignored when frames contribute. */
export function sentryLike(row: CorpusRow): string {
  if (!row.stacktrace) return md5([parameterize(row.body ?? row.message ?? '')]);
  const trace = parseStacktrace(row.stacktrace);
  const parts: string[] = [];
  for (const e of trace.exceptions) {
    parts.push(e.type);
    const inApp = e.frames.filter((f) => defaultInApp(f, trace.runtime));
    const frames = inApp.length ? inApp : e.frames;
    // Sentry drops a frame identical to the previous one (incl. line): direct recursion.
    const kept = frames.filter((f, i) => i === 0 || sentryFrame(f, trace.runtime) !== sentryFrame(frames[i - 1], trace.runtime) || f.line !== frames[i - 1].line);
    parts.push(...kept.map((f) => sentryFrame(f, trace.runtime)));
    if (!frames.length) parts.push(parameterize(e.message));
  }
  if (!trace.exceptions.length) parts.push(row.type ?? '', parameterize(row.message ?? ''));
  return md5(parts);
}

function sentryFrame(f: RawFrame, runtime: Runtime): string {
  let fn = f.function ?? '';
  if (runtime === 'javascript') fn = fn.split('.').pop() ?? fn;
  if (runtime === 'java') fn = fn.replace(/^lambda\$.*/, '');
  const base = (f.file ?? '').split(/[\\/]/).pop()?.toLowerCase() ?? '';
  return `${f.module ?? base}:${fn}`;
}

/** SigNoz: md5(service + exception.type + exception.message), raw message. For logs: the body. */
export function signozLike(row: CorpusRow): string {
  return md5([row.service ?? '', row.type ?? '', row.message ?? row.body ?? '']);
}

/** Plain regex masking of the message (the bench's baseline): type + masked first line. */
export function maskingBaseline(row: CorpusRow): string {
  const text = (row.message ?? row.body ?? '').split('\n')[0];
  return md5([row.service ?? '', row.type ?? '', text.replace(/\d+/g, '0').replace(/[0-9a-f]{8,}/gi, 'h')]);
}
