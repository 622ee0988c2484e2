// Custom fingerprint rules (the FINGERPRINT_RULES_FILE / `--rules` file; format in
// docs/fingerprinting.md). Modelled on Sentry's server-side fingerprint rules: matchers are
// globs (a leading `!` negates), all matchers of a rule must hold, the first matching rule
// wins, and the output is a list of literals and `{{ variables }}`; `{{ default }}` is the
// built-in fingerprint, so a rule can split a built-in group further instead of replacing it.
import { compileGlob, type Glob } from './glob.js';
import type { Attributes } from '../model.js';

export interface FingerprintRule {
  /** Optional name, shown by `--explain`. */
  name?: string;
  match: {
    service?: string;
    type?: string;
    /** Tested against the exception message and the log body. */
    message?: string;
    /** Tested against every frame's `module.function`, function and file; any frame may match. */
    frame?: string;
    severity?: string;
    source?: 'span' | 'log';
    attributes?: Record<string, string>;
  };
  fingerprint: string[];
}

export interface RuleSubject {
  service: string;
  type: string;
  message: string;
  rawMessage: string;
  severity: string;
  source: string;
  frames: { module?: string; function?: string; file?: string }[];
  attributes: Attributes;
  /** Values for `{{ … }}`. */
  vars: Record<string, string | undefined>;
}

interface CompiledRule {
  rule: FingerprintRule;
  tests: ((s: RuleSubject) => boolean)[];
}

export class RuleError extends Error {}

const VARIABLE = /^\{\{\s*([\w.-]{1,200})\s*\}\}$/;

/** Validates and compiles rules; throws RuleError with the rule index on a malformed one. */
export function compileRules(input: unknown): CompiledRules {
  const list = Array.isArray(input) ? input : (input as { rules?: unknown })?.rules;
  if (!Array.isArray(list)) throw new RuleError('rules: expected an array of rules or {"rules": [...]}');
  return new CompiledRules(list.map((r, i) => compileRule(r, i)));
}

function compileRule(raw: unknown, index: number): CompiledRule {
  const where = `rule ${index}`;
  const r = raw as FingerprintRule;
  if (!r || typeof r !== 'object' || typeof r.match !== 'object' || r.match === null) throw new RuleError(`${where}: "match" must be an object`);
  if (!Array.isArray(r.fingerprint) || r.fingerprint.length === 0 || !r.fingerprint.every((p) => typeof p === 'string')) {
    throw new RuleError(`${where}: "fingerprint" must be a non-empty array of strings`);
  }
  const tests: CompiledRule['tests'] = [];
  const known = new Set(['service', 'type', 'message', 'frame', 'severity', 'source', 'attributes']);
  for (const key of Object.keys(r.match)) if (!known.has(key)) throw new RuleError(`${where}: unknown matcher "${key}"`);
  const glob = (key: string, v: unknown): Glob => {
    if (typeof v !== 'string') throw new RuleError(`${where}: matcher "${key}" must be a string glob`);
    return compileGlob(v);
  };
  const m = r.match;
  if (m.service !== undefined) { const g = glob('service', m.service); tests.push((s) => g.test(s.service)); }
  if (m.type !== undefined) { const g = glob('type', m.type); tests.push((s) => g.test(s.type)); }
  if (m.severity !== undefined) { const g = glob('severity', m.severity); tests.push((s) => g.test(s.severity)); }
  if (m.source !== undefined) { const g = glob('source', m.source); tests.push((s) => g.test(s.source)); }
  if (m.message !== undefined) { const g = glob('message', m.message); tests.push((s) => g.test(s.rawMessage)); }
  if (m.frame !== undefined) {
    const g = compileGlob(glob('frame', m.frame).source.replace(/^!/, ''));
    const negated = m.frame.startsWith('!');
    tests.push((s) => {
      const any = s.frames.some((f) => g.test(f.module ? `${f.module}.${f.function ?? ''}` : f.function) || g.test(f.function) || g.test(f.file));
      return negated ? !any : any;
    });
  }
  if (m.attributes !== undefined) {
    if (typeof m.attributes !== 'object' || m.attributes === null) throw new RuleError(`${where}: "attributes" must be an object of globs`);
    for (const [key, pattern] of Object.entries(m.attributes)) {
      const g = glob(`attributes.${key}`, pattern);
      tests.push((s) => {
        const v = s.attributes[key];
        return g.test(v === undefined || v === null ? undefined : typeof v === 'object' ? JSON.stringify(v) : String(v));
      });
    }
  }
  return { rule: r, tests };
}

export class CompiledRules {
  constructor(private readonly rules: CompiledRule[]) {}

  get length(): number {
    return this.rules.length;
  }

  /** The first matching rule and its resolved parts (`{{ default }}` left as the marker `DEFAULT`). */
  apply(subject: RuleSubject): { rule: FingerprintRule; index: number; parts: (string | typeof DEFAULT)[] } | undefined {
    for (let i = 0; i < this.rules.length; i++) {
      const { rule, tests } = this.rules[i];
      if (!tests.every((t) => t(subject))) continue;
      const parts = rule.fingerprint.map((p) => {
        const v = VARIABLE.exec(p.trim());
        if (!v) return p;
        const name = v[1];
        if (name === 'default') return DEFAULT;
        if (name.startsWith('attributes.') || name.startsWith('tags.')) {
          const val = subject.attributes[name.slice(name.indexOf('.') + 1)];
          return val === undefined || val === null ? `<no-${name}>` : typeof val === 'object' ? JSON.stringify(val) : String(val);
        }
        return subject.vars[name] ?? `<no-${name}>`;
      });
      return { rule, index: i, parts };
    }
    return undefined;
  }
}

export const DEFAULT: unique symbol = Symbol('default');
