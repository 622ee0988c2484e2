// Picks the parser for a stack trace by its shape: the SDK's language hint first when that
// runtime's detector agrees, then every runtime in the registry's detection order (registry.ts
// says why the order matters).
import type { ParsedTrace, Runtime } from '../types.js';
import { profileOf, runtimeProfiles } from './registry.js';

/** Maps OTel `telemetry.sdk.language` / `process.runtime.name` values to a runtime. */
const HINTS = new Map<string, Runtime>(runtimeProfiles.flatMap((p) => p.hints.map((h) => [h, p.name] as const)));

/** Characters the detectors look at: the header and the first frames say which runtime it is. */
const DETECT_CHARS = 4096;

export function detectRuntime(text: string, hint?: string): Runtime {
  const sample = text.length > DETECT_CHARS ? text.slice(0, DETECT_CHARS) : text;
  const hinted = hint ? HINTS.get(hint.toLowerCase()) : undefined;
  if (hinted && profileOf(hinted)!.looksLike(sample)) return hinted;
  for (const profile of runtimeProfiles) if (profile.looksLike(sample)) return profile.name;
  return 'unknown';
}

/** Parses a trace of any supported runtime; `unknown` yields no exceptions (the caller degrades to type + message). */
export function parseStacktrace(text: string, hint?: string): ParsedTrace {
  const profile = profileOf(detectRuntime(text, hint));
  return profile ? profile.parse(text) : { runtime: 'unknown', exceptions: [] };
}
