// Every trace of the issue-thread collections as another occurrence of the same failure would
// print it: another run (goroutine ids and how long they waited, program counters, fault addresses and argument words, IL offsets, Kestrel's connection ids, a logger's thread ids), another
// time, another process or replica (syslog pids, Compose's `name-1 |` prefixes, a Deployment's pod
// names, klog's date, zap's epoch seconds). None of that names the failure, so none of it may move
// a signature. The rows are the collections' own (test/fixtures/fingerprint/threads-*), so the
// check grows with every collection; the rewrites keep each value's shape (a time stays a valid
// time, a pod name's hash stays a hash), as the runtime or the logger would print it.
// Found by it: a .NET header that is no `Type: message` kept its numbers in the type
// (dotnet-untyped-header.ts), a record's header before a message kept its date
// (record-header-in-message.test.ts), and zap's `1.6976997418e+09` kept its fraction; and the same
// trace with Windows' line ends, spaces ending its lines, blank lines around it, indented or
// quoted as a whole was another signature for 68, 178, 46, 26 and 156 rows (plain-text.ts).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces, type ThreadTrace } from './thread-traces.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const laterTime = (h: string, m: string, s: string) => `${pad((Number(h) + 5) % 24, 2)}:${pad((Number(m) + 17) % 60, 2)}:${pad((Number(s) + 23) % 60, 2)}`;

/** The rewrites, each what another occurrence changes and nothing else. */
const ANOTHER_OCCURRENCE: [string, (text: string) => string][] = [
  ['date and time', (t) => t.replace(/\b(\d{4})([-/])(\d{2})\2(\d{2})([T ])(\d{2}):(\d{2}):(\d{2})/g, (_m, y, sep, mo, d, at, h, mi, s) => `${y}${sep}${mo}${sep}${pad((Number(d) % 27) + 1, 2)}${at}${laterTime(h, mi, s)}`)],
  ['time of day', (t) => t.replace(/(?<![\d:-])(\d{2}):(\d{2}):(\d{2})(?![\d:])/g, (_m, h, mi, s) => laterTime(h, mi, s))],
  ['fraction of a second', (t) => t.replace(/(?<=\d{2}:\d{2}:\d{2})\.(\d{3,9})/g, (_m, f: string) => '.' + pad((Number(f) * 7 + 13) % 10 ** f.length, f.length))],
  ['syslog pid', (t) => t.replace(/\b([\w.-]+)\[(\d{2,7})\]:/g, (_m, name, pid) => `${name}[${Number(pid) + 4321}]:`)],
  ['Compose replica', (t) => t.replace(/^([\w.-]+?)([_-])1(\s+\|)/gm, (_m, name, sep, bar) => `${name}${sep}2${bar}`)],
  ['pod name', (t) => t.replace(/\b([a-z][\w-]*?)-(?=[a-z]*\d)[a-z0-9]{8,10}-(?=[a-z]*\d)[a-z0-9]{5}\b/g, (_m, name) => `${name}-7c9d8f6b5-x2mzq`)],
  ['zap epoch seconds', (t) => t.replace(/\b1\.(\d{6})(\d{0,10})e\+09\b/g, (_m, d, rest) => `1.${pad((Number(d) + 12345) % 1e6, 6)}${rest}e+09`)],
  ['klog date', (t) => t.replace(/^([IWEF])(\d{2})(\d{2}) (?=\d{2}:\d{2}:\d{2}\.\d{6} )/gm, (_m, level, mo, d) => `${level}${mo}${pad((Number(d) % 27) + 1, 2)} `)],
  ['goroutine id', (t) => t.replace(/^goroutine (\d+) \[/gm, (_m, n) => `goroutine ${Number(n) + 41} [`)],
  ['program counter and arguments', (t) => t.replace(/ \+0x[0-9a-f]+\b/g, ' +0x1f').replace(/\b0xc[0-9a-f]{6,}\b/g, '0xc000123456')],
  ['fault address', (t) => t.replace(/\b(pc|addr|sp|fp)=0x[0-9a-f]+/g, '$1=0x4a3f21')],
  ['time a goroutine waited', (t) => t.replace(/\[(chan receive|chan send|select|semacquire|IO wait|sleep|sync\.Mutex\.Lock|sync\.Cond\.Wait), (\d+) minutes\]/g, (_m, wait, n) => `[${wait}, ${Number(n) + 9} minutes]`)],
  ['Kestrel connection id', (t) => t.replace(/\b0H[A-Z0-9]{11}\b/g, '0HN2QK7V3D1AB')],
  ["logger's thread id", (t) => t.replace(/ \[(\d{1,4})\] /g, (_m, n) => ` [${Number(n) + 3}] `)],
  ['IL offset', (t) => t.replace(/\[0x[0-9a-f]{5}\]/g, '[0x0002a]').replace(/<0x[0-9a-f]+ \+ 0x[0-9a-f]+>/g, '<0x41c2f + 0x0003b>')],
];

/** The same text carried otherwise: how a system, an editor or a reply ends, pads and marks its lines (plain-text.ts). */
const ANOTHER_CARRIER: [string, (text: string) => string][] = [
  ["Windows' line ends", (t) => t.replace(/\r?\n/g, '\r\n')],
  ['spaces ending each line', (t) => t.split('\n').map((l) => `${l}  `).join('\n')],
  ['blank lines around the paste', (t) => `\n${t}\n\n`],
  ['indentation of the whole paste', (t) => t.split('\n').map((l) => `    ${l}`).join('\n')],
  ["a reply's quote marks", (t) => t.split('\n').map((l) => `> ${l}`).join('\n')],
];

const rows: ThreadTrace[] = readdirSync(new URL('../../fixtures/fingerprint/', import.meta.url))
  .filter((d) => d.startsWith('threads-'))
  .flatMap((c) =>
    readdirSync(new URL(`../../fixtures/fingerprint/${c}/`, import.meta.url))
      .filter((f) => f.endsWith('.ndjson'))
      .flatMap((f) => loadThreadTraces(c, f.replace(/\.ndjson$/, ''))),
  )
  .filter((r) => r.stacktrace);

const asPasted = new Map<ThreadTrace, string>();
/** A row's own signature, fingerprinted once for every rewrite compared with it. */
const pastedSignature = (r: ThreadTrace) => asPasted.get(r) ?? asPasted.set(r, signature(r, (t) => t).fingerprint).get(r)!;

const signature = (r: ThreadTrace, rewrite: (t: string) => string) =>
  createFingerprinter().fingerprint({ source: 'span', service: r.service ?? 'app', type: r.type, message: r.message === undefined ? undefined : rewrite(r.message), stacktrace: rewrite(r.stacktrace!) });

describe('another occurrence of each issue-thread trace', () => {
  it.each(ANOTHER_OCCURRENCE)('keeps its signature under another %s', (_name, rewrite) => {
    let rewritten = 0;
    const moved: string[] = [];
    for (const r of rows) {
      if (rewrite(r.stacktrace!) === r.stacktrace && (r.message === undefined || rewrite(r.message) === r.message)) continue;
      rewritten++;
      if (signature(r, rewrite).fingerprint !== pastedSignature(r)) moved.push(`${r.group} (${r.source})`);
    }
    expect(rewritten).toBeGreaterThan(0);
    expect(moved).toEqual([]);
  });
});

describe('each issue-thread trace carried otherwise', () => {
  it.each(ANOTHER_CARRIER)('keeps its signature with %s', (_name, rewrite) => {
    const moved = rows.filter((r) => !r.stacktrace!.startsWith('> ')).filter((r) => signature(r, rewrite).fingerprint !== pastedSignature(r));
    expect(moved.map((r) => `${r.group} (${r.source})`)).toEqual([]);
  });
});
