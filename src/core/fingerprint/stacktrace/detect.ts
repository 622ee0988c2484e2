// Picks the parser for a stack trace by its shape. Order matters: the most distinctive
// markers are tested first (a Go dump never contains "Traceback", a .NET frame has `:line N`
// which a Java frame never has, a Java frame's `(File.java:12)` is stricter than V8's, and a
// Rust backtrace's `at src/main.rs:1:2` lines would pass for V8's).
import type { ParsedTrace, Runtime } from '../types.js';
import { looksLikeDotnet, parseDotnet } from './dotnet.js';
import { looksLikeGo, parseGo } from './go.js';
import { looksLikeJava, parseJava } from './java.js';
import { looksLikeJavaScript, parseJavaScript } from './javascript.js';
import { looksLikePhp, parsePhp } from './php.js';
import { looksLikePython, parsePython } from './python.js';
import { looksLikeRuby, parseRuby } from './ruby.js';
import { looksLikeRust, parseRust } from './rust.js';

const DETECTORS: [Runtime, (t: string) => boolean, (t: string) => ParsedTrace][] = [
  ['python', looksLikePython, parsePython],
  ['go', looksLikeGo, parseGo],
  ['php', looksLikePhp, parsePhp],
  ['ruby', looksLikeRuby, parseRuby],
  ['java', looksLikeJava, parseJava],
  ['dotnet', looksLikeDotnet, parseDotnet],
  // Before JavaScript: a Rust frame's `at ./src/main.rs:13:24` line also reads as a V8 frame.
  ['rust', looksLikeRust, parseRust],
  ['javascript', looksLikeJavaScript, parseJavaScript],
];

/** Maps OTel `telemetry.sdk.language` / `process.runtime.name` values to a parser. */
const HINTS: Record<string, Runtime> = {
  java: 'java', kotlin: 'java', jvm: 'java', python: 'python', cpython: 'python', nodejs: 'javascript',
  node: 'javascript', 'node.js': 'javascript', webjs: 'javascript', javascript: 'javascript', go: 'go',
  dotnet: 'dotnet', '.net': 'dotnet', ruby: 'ruby', php: 'php', rust: 'rust',
};

/** Characters the detectors look at: the header and the first frames say which runtime it is. */
const DETECT_CHARS = 4096;

export function detectRuntime(text: string, hint?: string): Runtime {
  const sample = text.length > DETECT_CHARS ? text.slice(0, DETECT_CHARS) : text;
  const hinted = hint ? HINTS[hint.toLowerCase()] : undefined;
  if (hinted && DETECTORS.find((d) => d[0] === hinted)![1](sample)) return hinted;
  for (const [runtime, looks] of DETECTORS) if (looks(sample)) return runtime;
  return 'unknown';
}

/** Parses a trace of any supported runtime; `unknown` yields no exceptions (the caller degrades to type + message). */
export function parseStacktrace(text: string, hint?: string): ParsedTrace {
  const runtime = detectRuntime(text, hint);
  const entry = DETECTORS.find((d) => d[0] === runtime);
  return entry ? entry[2](text) : { runtime: 'unknown', exceptions: [] };
}
