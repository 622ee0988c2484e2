// .NET: Exception.ToString() format.
// https://learn.microsoft.com/dotnet/api/system.exception.tostring
//   Outer.Type: outer message
//    ---> Inner.Type: inner message
//      at Ns.Class.Method(Int32 id) in /src/File.cs:line 42
//      --- End of inner exception stack trace ---
//      at Ns.Outer.Method()
//   --- End of stack trace from previous location ---   (async rethrow boundary; ignored)
// The inner exception's frames come first, then the outer's. Nested inners repeat ` ---> `.
import { traceLines, type ParsedException, type ParsedTrace, type RawFrame } from '../types.js';

const LINE_SUFFIX = /:line (\d{1,7})\s*$/;

/**
 * `at Ns.Type.Method(args)[ in file:line N]`, split by string search (a lazy callee group
 * before `(` backtracks quadratically on adversarial lines).
 */
function frameParts(line: string): { callee: string; file?: string; line?: number } | undefined {
  const body = line.trim();
  if (!body.startsWith('at ')) return undefined;
  let head = body;
  let file: string | undefined;
  let lineNo: number | undefined;
  const suffix = LINE_SUFFIX.exec(body);
  if (suffix) {
    const inAt = body.lastIndexOf(') in ', suffix.index);
    if (inAt > 0) {
      file = body.slice(inAt + 5, suffix.index);
      lineNo = Number(suffix[1]);
      head = body.slice(0, inAt + 1);
    }
  }
  if (!head.endsWith(')')) return undefined;
  const open = head.indexOf('(');
  if (open <= 3) return undefined;
  return { callee: head.slice(3, open).trim(), file, line: lineNo };
}
const INNER = /^\s*---> (.*)$/;
const END_INNER = /^\s*--- End of inner exception stack trace ---/;
const HEADER = /^([A-Za-z_][\w.`+]{0,300}?)(?::\s?(.*))?$/;

export function looksLikeDotnet(text: string): boolean {
  return /\) in .{1,500}:line \d{1,7}\s*$/m.test(text) || /--- End of (?:inner exception )?stack trace/.test(text) ||
    /^\s*at [\w.`<>|+]{1,400}\((?:[\w.`<>[\], ]{1,40} [\w]{1,40}(?:, )?)*\)\s*$/m.test(text);
}

function frameOf(callee: string): RawFrame {
  // Generic arguments `Method[T]` carry no identity.
  const name = callee.replace(/\[[^\]]{0,200}\]$/, '');
  // The method is after the last dot that is not inside <...> (async and lambda names).
  let depth = 0;
  for (let i = name.length - 1; i >= 0; i--) {
    const ch = name[i];
    if (ch === '>') depth++;
    else if (ch === '<') depth--;
    else if (ch === '.' && depth === 0) return { module: name.slice(0, i), function: name.slice(i + 1) };
  }
  return { function: name };
}

export function parseDotnet(text: string): ParsedTrace {
  const lines = traceLines(text);
  const header = lines.find((l) => l.trim())?.trim() ?? '';
  // Header line: split the chain `A: m ---> B: m2 ---> C: m3` that ToString() emits inline
  // when messages are on one line.
  const chain: ParsedException[] = [];
  const parts = header.split(' ---> ');
  for (const part of parts) {
    const h = HEADER.exec(part.trim());
    chain.push({ type: h ? h[1] : part.trim(), message: h?.[2]?.trim() ?? '', frames: [], relation: chain.length ? 'inner' : undefined });
  }
  // Frames: innermost exception's first; each "End of inner exception" moves one level out.
  let level = chain.length - 1;
  for (const raw of lines.slice(lines.indexOf(lines.find((l) => l.trim()) ?? '') + 1)) {
    const line = raw.trimEnd();
    const inner = INNER.exec(line);
    if (inner) {
      const h = HEADER.exec(inner[1].trim());
      chain.push({ type: h ? h[1] : inner[1].trim(), message: h?.[2]?.trim() ?? '', frames: [], relation: 'inner' });
      level = chain.length - 1;
      continue;
    }
    if (END_INNER.test(line)) {
      level = Math.max(0, level - 1);
      continue;
    }
    const f = frameParts(line);
    if (f) {
      const frame = frameOf(f.callee);
      if (f.file !== undefined) {
        frame.file = f.file;
        frame.line = f.line;
      }
      const target = chain[level];
      if (target && target.frames.length < 200) target.frames.push(frame);
    }
  }
  return { runtime: 'dotnet', exceptions: chain };
}
