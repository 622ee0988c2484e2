// Shapes shared by the stack-trace parsers, the normaliser and the algorithm.

export type Runtime = 'java' | 'python' | 'javascript' | 'go' | 'dotnet' | 'ruby' | 'php' | 'unknown';

/** A frame as a parser read it: raw names, not yet normalised or classified. */
export interface RawFrame {
  function?: string;
  /** Class, namespace or package (Java class, .NET type, Go package path, PHP class). */
  module?: string;
  file?: string;
  line?: number;
  column?: number;
  /** Runtime-implemented code the trace attributes to the caller's location (Ruby C methods). */
  native?: boolean;
}

export interface ParsedException {
  type: string;
  message: string;
  /** Crash site first (innermost call first), whatever order the runtime prints. */
  frames: RawFrame[];
  /** How this exception relates to the one before it in `ParsedTrace.exceptions`. */
  relation?: 'cause' | 'context' | 'suppressed' | 'inner' | 'previous';
}

export interface ParsedTrace {
  runtime: Runtime;
  /** Outermost (the one that was reported) first, root cause last. Suppressed ones are dropped. */
  exceptions: ParsedException[];
}

/**
 * Caps that keep one pathological event from costing more than a normal one: the pipeline
 * fingerprints 30,000+ events/s, and a 5 MB stack trace must not stall it.
 */
export const LIMITS = {
  /** Characters of a stack trace that are parsed at all. */
  maxTraceChars: 64 * 1024,
  /** Frames kept per exception. The crash site is at the top, so the tail carries no identity. */
  maxFrames: 200,
  /** Exceptions kept per chain. */
  maxChain: 8,
  /** Characters of a message or log body that are parameterised. */
  maxMessageChars: 2048,
  /** Characters of one stack-trace line that a line regex sees. */
  maxLineChars: 1024,
} as const;

/** Splits a trace into lines, after capping its size and the length of each line. */
export function traceLines(text: string): string[] {
  const capped = text.length > LIMITS.maxTraceChars ? text.slice(0, LIMITS.maxTraceChars) : text;
  const lines = capped.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (line.length > LIMITS.maxLineChars) line = line.slice(0, LIMITS.maxLineChars);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    lines[i] = line;
  }
  return lines;
}

/** Splits `Type: message` (the first line of most runtimes' traces). */
export function splitTypeMessage(line: string, typePattern: RegExp): { type: string; message: string } | undefined {
  const m = typePattern.exec(line);
  if (!m) return undefined;
  return { type: m[1], message: (m[2] ?? '').trim() };
}
