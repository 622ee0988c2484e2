// Scrubbing of secrets and personal data before any text leaves the process (LLM prompts,
// GitHub issues, webhooks). The rules are data: an ordered, named table, most specific first,
// so a value is labelled by the narrowest rule that knows it (an Anthropic key is
// `anthropic_key`, not `openai_key`; a JWT after `Bearer` is `jwt`).
//
// Performance and safety: every quantifier that can meet a long run of input is bounded (by the
// longest real value of its kind), and matches can only start at a recognisable prefix or a
// word boundary, so the work per position is bounded and each rule stays linear in the input;
// the test suite runs every rule over adversarial inputs of several hundred KB. Rules carry a
// cheap `hint` (a substring that must be present) and the rules without one a `needs` (a shape
// the text must have, such as a run of 40 base64 characters), so most text skips most rules:
// one pass over the text (core/redact-shape.ts) answers both for every rule at once, instead of
// a search per hint and a regular expression per unhinted rule over every text. A rule whose
// hints are common words also carries a `loweredNeeds`, a cheap search its matches imply.
// Replacement keeps the non-secret part (`password=`, `Bearer `, `postgres://app:`) so the
// redacted text still reads as what it was.

import { boundedMemo } from './bounded-memo.js';
import { prepareHint, ShapeScanner, type RuleGate, type TextShape } from './redact-shape.js';

export interface RedactRule {
  /** Appears in the replacement: `[REDACTED:<name>]`. */
  name: string;
  /** Must be global. Group `keep` (if any) is kept before the replacement. */
  pattern: RegExp;
  /** Text that must occur (compared case-insensitively) for the rule to run at all. */
  hint?: string | string[];
  /**
   * Text that must occur as well as one of the hints (compared case-insensitively); every match
   * contains it. For a rule whose hint is common in telemetry (`://` in every URL attribute).
   */
  alsoHint?: string;
  /** A second look at a match (e.g. the Luhn checksum of a card number). */
  validate?: (match: string) => boolean;
  /** Instead of validate + replace-all: rewrites the match itself (to redact only part of it). */
  rewrite?: (match: string, replacement: string) => string;
  /**
   * A shape every text the pattern matches has (checked from one pass, before the pattern
   * runs): a text without it is skipped. It must follow from the pattern alone, so skipping
   * never changes a result; test/core/redact-shape.test.ts checks it against running every rule.
   */
  needs?: (shape: TextShape) => boolean;
  /**
   * A regular expression (without the `g` or `y` flag) that the lower-cased text of every text
   * the pattern matches matches too, tried once the hints have passed: for a rule whose hints
   * are common words, a pattern far cheaper than the rule's own that rules most of those texts
   * out. Like `needs`, it must follow from the pattern alone.
   */
  loweredNeeds?: RegExp;
}

const tag = (name: string) => `[REDACTED:${name}]`;

/** Names of keys whose string values are secrets whatever they look like (used by redactDeep). */
const SECRET_KEY = /(?:^|[^a-z])(?:pass(?:word|wd)?|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|credentials?|authorization|cookie|session[_-]?id)(?:$|[^a-z])/i;

export const REDACT_RULES: readonly RedactRule[] = [
  // GCP service-account JSON: the whole private_key value (a PEM with `\n` escapes) and its id.
  {
    name: 'gcp_private_key',
    pattern: /(?<keep>"private_key(?:_id)?"\s{0,10}:\s{0,10}")(?:[^"\\]|\\.){1,8192}(?=")/g,
    hint: '"private_key',
  },
  // PEM private keys (RSA, EC, OPENSSH, ENCRYPTED, plain PKCS#8). A key cut off before its END
  // line (truncated logs) is still removed up to where the base64 stops.
  {
    name: 'private_key',
    pattern: /-----BEGIN (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY-----[A-Za-z0-9+/=\s\\:,-]{0,16384}?(?:-----END (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY-----|(?=[^A-Za-z0-9+/=\s\\:,-])|$)/g,
    hint: 'PRIVATE KEY-----',
  },
  // Azure storage / service bus connection strings and SAS tokens.
  {
    name: 'azure_key',
    pattern: /(?<keep>\b(?:AccountKey|SharedAccessKey|SharedAccessSignature)=)[^;\s"'&]{8,1024}/g,
    hint: ['AccountKey=', 'SharedAccess'],
  },
  // The signature of an Azure SAS URL (`…?sv=…&sig=…`): the rest of the URL stays readable.
  { name: 'azure_key', pattern: /(?<keep>[?&]sig=)[A-Za-z0-9%+/=]{16,1024}/g, hint: 'sig=' },
  // `Password=…;` in ADO.NET / JDBC-style connection strings.
  {
    name: 'connection_string_password',
    pattern: /(?<keep>\b(?:Password|Pwd)=)[^;\s"']{1,512}/gi,
    hint: ['password=', 'pwd='],
  },
  // AWS access key ids (the prefixes AWS documents for each credential kind).
  {
    name: 'aws_access_key_id',
    pattern: /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}\b/g,
    needs: (s) => s.upperRun >= 20,
  },
  // AWS secret access keys are 40 base64 characters with no prefix to recognise them by. Caught
  // three ways: named (env var, config file, JSON, SDK option); right after an access key id
  // (the CSV the console downloads, `id:secret` pairs, log lines that print both); and alone,
  // when the 40 characters look random (see looksLikeAwsSecret), which git SHAs, paths and
  // class names never do.
  {
    name: 'aws_secret_key',
    pattern: /(?<keep>\b(?:aws_?secret_?(?:access_?)?key|secretAccessKey)["']?\s{0,10}[:=]\s{0,10}["']?)[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/gi,
    hint: 'secret',
  },
  {
    name: 'aws_secret_key',
    pattern: /(?<keep>\[REDACTED:aws_access_key_id\]["']?[\s:,;|="']{1,10})[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g,
    hint: 'REDACTED:aws_access_key_id',
  },
  {
    name: 'aws_secret_key',
    pattern: /(?<![A-Za-z0-9/+_.-])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=_-])/g,
    validate: looksLikeAwsSecret,
    // Neither neighbour of the 40 characters is one of them: they are a whole run.
    needs: (s) => s.base64Run40,
  },
  { name: 'anthropic_key', pattern: /\bsk-ant-[A-Za-z0-9_-]{20,512}/g, hint: 'sk-ant-' },
  // OpenAI: legacy `sk-…`, project `sk-proj-…`, service-account and admin keys.
  { name: 'openai_key', pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,512}/g, hint: 'sk-' },
  // GitHub: classic PATs, OAuth, user-to-server, server-to-server, refresh tokens; fine-grained PATs.
  { name: 'github_token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})/g, hint: ['gh', 'github_pat_'] },
  { name: 'gitlab_token', pattern: /\bglpat-[A-Za-z0-9_-]{20,255}/g, hint: 'glpat-' },
  { name: 'npm_token', pattern: /\bnpm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g, hint: 'npm_' },
  { name: 'slack_token', pattern: /\bxox[abposre]-[A-Za-z0-9-]{10,255}/g, hint: 'xox' },
  { name: 'slack_webhook', pattern: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/_-]{10,255}/g, hint: 'hooks.slack.com' },
  { name: 'stripe_key', pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,255}/g, hint: ['_live_', '_test_'] },
  // SendGrid: `SG.<22>.<43>` (base64url parts, SendGrid's API key documentation). A key the
  // application itself cut short still has its distinctive first part.
  { name: 'sendgrid_key', pattern: /\bSG\.[A-Za-z0-9_-]{20,24}(?:\.[A-Za-z0-9_-]{0,64})?(?![A-Za-z0-9_-])/g, hint: 'SG.' },
  { name: 'google_api_key', pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g, hint: 'AIza' },
  // JWTs: base64url parts whose first is a JSON object (so it starts with `eyJ`, RFC 7519). The
  // signature and even the payload are optional: a token cut by a logger or a length limit
  // (`header.payload`, or cut inside the payload) still carries the claims.
  { name: 'jwt', pattern: /\beyJ[A-Za-z0-9_-]{8,8192}(?:\.[A-Za-z0-9_-]{0,8192}){0,2}/g, hint: 'eyJ' },
  // Authorization header values. Bearer tokens are opaque; a Basic credential is recognised by
  // decoding to `user:password`, so the phrase "Basic authentication" survives.
  { name: 'bearer', pattern: /(?<keep>\bBearer\s{1,10})[A-Za-z0-9._~+/-]{12,4096}=*/gi, hint: 'bearer' },
  {
    name: 'basic_auth',
    pattern: /(?<keep>\bBasic\s{1,10})[A-Za-z0-9+/]{6,2048}={0,2}/gi,
    hint: 'basic',
    validate: (m) => decodesToUserPass(m.replace(/^Basic\s+/i, '')),
  },
  // Cookie headers carry session ids: the whole value goes.
  { name: 'cookie', pattern: /(?<keep>\b(?:Set-)?Cookie:[ \t]{0,10})[^\r\n]{1,4096}/gi, hint: 'cookie:' },
  // scheme://user:password@host: the password goes, the user and host stay (they help diagnose).
  {
    name: 'url_password',
    pattern: /(?<keep>\b[a-zA-Z][a-zA-Z0-9+.-]{0,30}:\/\/[^:/?#\s@]{0,256}:)[^@/?#\s]{1,512}(?=@)/g,
    hint: '://',
    // The match ends before an `@` (the lookahead): URLs without credentials skip the pattern.
    alsoHint: '@',
  },
  // Generic `name = value` assignments of secrets: env files, query strings, JSON, headers.
  // The lookbehind (not \b) lets `db_password=` and `x-api-key:` match; `max_tokens:` does not,
  // because the name must be followed by the separator.
  {
    name: 'secret',
    pattern:
      /(?<keep>(?<![A-Za-z0-9])(?:api[_-]?key|apikey|access[_-]?token|auth[_-]?token|refresh[_-]?token|id[_-]?token|client[_-]?secret|secret[_-]?key|secret|token|password|passwd|pwd)["']?\s{0,10}[:=]\s{0,10}["']?)(?!\[REDACTED)[^\s"',;&}<>]{3,4096}/gi,
    // Every name above contains one of these.
    hint: ['key', 'token', 'secret', 'pass', 'pwd'],
    // And every name ends in one of these, right before the separator. Stack traces are full of
    // `key` and `token` (`KeyError`, `getKey`, `TokenStream`) and nearly never of an assignment.
    // Searched from the separator back (a lookbehind): `:` and `=` are far rarer than the
    // positions where a name could start, so on the 467 texts of the fingerprint corpus that
    // hold a hint (none of which it passes) it costs 0.11 us per text, against 0.37 for the
    // same search written forwards and 1.0-1.2 for the rule's pattern. Lower-casing keeps ASCII
    // letters in place, and quotes, white space, `:` and `=` as they are; the pattern's `i` flag
    // (without `u`) matches the names' letters in ASCII only, so its match lower-cases to one
    // this finds.
    loweredNeeds: /(?<=(?:key|token|secret|password|passwd|pwd)["']?\s{0,10})[:=]/,
    validate: looksAssigned,
  },
  // Emails. The lookbehind makes a match start at the start of the local part (which also keeps
  // `ssh://git@github.com` intact and bounds the work per position); parts are length-capped
  // as RFC 5321 caps them.
  {
    name: 'email',
    pattern: /(?<![A-Za-z0-9._%+\-/])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}\b/g,
    hint: '@',
  },
  // Payment card numbers: 13–19 digits, optionally grouped by spaces or dashes, with a known
  // issuer prefix and a valid Luhn checksum, so timestamps, ids and counters survive.
  {
    name: 'card_number',
    // At least 13 digits (the shortest card) before the rewrite is called: line numbers, ports
    // and counters fail inside the regular expression, without a function call each.
    pattern: /(?<![\d.-])(?:\d[ -]?){12,40}\d(?!\d|[.-]\d)/g,
    rewrite: redactCardGroups,
    needs: (s) => s.dashDigits >= 13,
  },
  // US Social Security numbers (and ITINs, their 9xx sibling), written as SSA prints them:
  // `AAA-GG-SSSS`. Area 000 and 666, group 00 and serial 0000 are never issued, so they stay;
  // dates (`2026-11-22`) and longer dashed ids do not have this shape.
  {
    name: 'us_ssn',
    pattern: /(?<![\w.-])(?!000|666)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?!\w|[.-]\d)/g,
    hint: '-',
    needs: (s) => s.dashDigits >= 9,
  },
  // Phone numbers. International ones start with `+` and have 8–15 digits (ITU-T E.164), with
  // single spaces, dots, dashes or a parenthesised area code between digit groups. North
  // American ones without `+` need the full NANP shape: `(415) 555-2671`, `415-555-2671` or
  // `415.555.2671`, area code and exchange starting with 2–9 (so `123-456-7890` ids stay).
  {
    name: 'phone',
    pattern: /(?<![\w+])\+(?:\d[ .-]?|\(\d{1,4}\)[ .-]?){7,14}\d(?!\w|[.-]\d)/g,
    hint: '+',
    needs: (s) => s.phoneDigits >= 8,
    validate: (m) => {
      const digits = m.replace(/\D/g, '').length;
      return digits >= 8 && digits <= 15;
    },
  },
  {
    name: 'phone',
    pattern: /(?<![\w.+-])(?:\([2-9]\d{2}\) ?[2-9]\d{2}-|[2-9]\d{2}-[2-9]\d{2}-|[2-9]\d{2}\.[2-9]\d{2}\.)\d{4}(?!\w|[.-]\d)/g,
    needs: (s) => s.phoneDigits >= 10,
  },
];

/**
 * Whether 40 base64 characters with no context are likely an AWS secret access key: upper and
 * lower case and a digit, and the character variety of random data. A random 40-character
 * base64 string has about 29 distinct characters (entropy ≈ 4.7 bits per character); a git
 * SHA (hex) has at most 16, and class names, paths and words repeat their letters.
 */
export function looksLikeAwsSecret(candidate: string): boolean {
  if (!/[A-Z]/.test(candidate) || !/[a-z]/.test(candidate) || !/[0-9]/.test(candidate)) return false;
  const counts = new Map<string, number>();
  for (const ch of candidate) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  for (const n of counts.values()) entropy -= (n / candidate.length) * Math.log2(n / candidate.length);
  return entropy >= AWS_SECRET_MIN_ENTROPY;
}

/** Bits per character; chosen from measurements described in docs/redaction.md. */
const AWS_SECRET_MIN_ENTROPY = 4.3;

/**
 * `password=x`, `"token": "x"` and `token: s3cr3t` are assignments; `invalid token: expired` in
 * a log line is prose. An unquoted value after a colon counts only when it does not look like
 * a plain word (it has a digit or a symbol, or is long).
 */
function looksAssigned(match: string): boolean {
  const m = /(["']?)\s*([:=])\s*(["']?)(.*)$/s.exec(match);
  if (!m) return true;
  const [, keyQuote, sep, valueQuote, value] = m;
  if (sep === '=' || keyQuote || valueQuote) return true;
  return value.length >= 16 || /[^A-Za-z]/.test(value);
}

function decodesToUserPass(b64: string): boolean {
  try {
    // atob is a web standard: core stays free of Node-specific APIs.
    const text = atob(b64);
    return /^[\x20-\x7e]{1,256}:[\x20-\x7e]*$/.test(text);
  } catch {
    return false;
  }
}

/**
 * A run of digit groups may hold a card number next to other numbers (`4111 1111 1111 1111 2029`,
 * an expiry after it): the longest run of whole groups that is a card is redacted, the rest kept.
 */
function redactCardGroups(match: string, replacement: string): string {
  const groups = [...match.matchAll(/\d+/g)];
  let total = 0;
  for (const g of groups) total += g[0].length;
  if (total < 13) return match; // most numbers in logs end here
  let best: { start: number; end: number; digits: number } | undefined;
  for (let i = 0; i < groups.length; i++) {
    // Every issuer prefix starts with 2–6.
    const lead = groups[i][0].charCodeAt(0);
    if (lead < 50 || lead > 54) continue;
    let digits = '';
    for (let j = i; j < groups.length; j++) {
      digits += groups[j][0];
      if (digits.length > 19) break;
      if (digits.length < 13 || (best && digits.length <= best.digits)) continue;
      if (isCardNumber(digits)) best = { start: groups[i].index!, end: groups[j].index! + groups[j][0].length, digits: digits.length };
    }
  }
  return best ? match.slice(0, best.start) + replacement + match.slice(best.end) : match;
}

/** Luhn checksum plus issuer prefix and length (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay). */
export function isCardNumber(candidate: string): boolean {
  const digits = candidate.replace(/[ -]/g, '');
  if (digits.length < 13 || digits.length > 19) return false;
  const brand =
    /^4/.test(digits) ? [13, 16, 19]
    : /^(?:5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720))/.test(digits) ? [16]
    : /^3[47]/.test(digits) ? [15]
    : /^(?:6011|65|64[4-9]|62)/.test(digits) ? [16, 17, 18, 19]
    : /^35(?:2[89]|[3-8])/.test(digits) ? [16, 17, 18, 19]
    : /^3(?:0[0-5]|[689])/.test(digits) ? [14, 16, 19]
    : undefined;
  if (!brand || !brand.includes(digits.length)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export interface Redactor {
  redact(text: string): string;
  /**
   * `value` with every string redacted; string values under secret-looking keys are replaced
   * whole. `text` replaces `redact` for the strings (e.g. a memoising wrapper of it). Objects and
   * arrays are copied where something inside them changed; the rest is returned as it was.
   */
  redactDeep<T>(value: T, text?: (s: string) => string): T;
}

export interface RedactorOptions {
  /** Extra patterns (e.g. from REDACT_PATTERNS); matches become `[REDACTED:custom]`. */
  extraPatterns?: (string | RegExp)[];
}

/**
 * Parses REDACT_PATTERNS (`;;`-separated regular expressions). Throws on an invalid pattern,
 * naming it, so a typo is a startup error rather than a silent leak.
 */
export function parseRedactPatterns(value: string | undefined): RegExp[] {
  if (!value) return [];
  return value
    .split(';;')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((source) => {
      try {
        return new RegExp(source, 'g');
      } catch (err) {
        throw new Error(`invalid redaction pattern ${JSON.stringify(source)}: ${(err as Error).message}`);
      }
    });
}

const SHORTEST_BUILTIN_MATCH = 6;

/**
 * What replaces one match of `rule`: its own rewrite, the match itself when its validator
 * refuses it (a value that only looks like a secret), or the replacement after the part the
 * rule keeps (its `keep` group, such as the `AccountKey=` before a key).
 */
export function ruleReplacer(rule: RedactRule, replacement: string): (match: string, ...args: unknown[]) => string {
  return (match, ...args) => {
    if (rule.rewrite) return rule.rewrite(match, replacement);
    if (rule.validate && !rule.validate(match)) return match;
    const groups = args[args.length - 1];
    const keep = typeof groups === 'object' && groups !== null ? ((groups as Record<string, string | undefined>).keep ?? '') : '';
    return keep + replacement;
  };
}

export function createRedactor(options: RedactorOptions = {}): Redactor {
  const extra: RedactRule[] = (options.extraPatterns ?? []).map((p) => ({
    name: 'custom',
    pattern: typeof p === 'string' ? new RegExp(p, 'g') : p.global ? p : new RegExp(p.source, p.flags + 'g'),
  }));
  // Custom patterns run first: they name what the built-in rules cannot know (internal ids).
  // Each rule is prepared once: its hints lower-cased (and their character pairs listed), its replacer built (this runs on every
  // string of every event at ingest, so per-call allocations show).
  const prepare = (rule: RedactRule) => {
    const replacement = tag(rule.name);
    const replacer = ruleReplacer(rule, replacement);
    const hints = rule.hint === undefined ? undefined : (Array.isArray(rule.hint) ? rule.hint : [rule.hint]).map(prepareHint);
    const also = rule.alsoHint === undefined ? undefined : prepareHint(rule.alsoHint);
    const gate: RuleGate | undefined = hints || also || rule.needs || rule.loweredNeeds ? { hints, also, needs: rule.needs, lowered: rule.loweredNeeds } : undefined;
    return { pattern: rule.pattern, gate, replacer };
  };
  const custom = extra.map(prepare);
  const all = [...custom, ...REDACT_RULES.map(prepare)];
  const scanner = new ShapeScanner();

  const redact = (text: string): string => {
    if (text.length === 0) return text;
    let out = text;
    // Whether `scanner` describes `out`: scanned when the first gated rule is reached, again
    // only after a rule has changed the text (rare: most text holds no secret).
    let scanned = false;
    // Nothing a built-in rule knows fits in fewer characters (the shortest is an e-mail, `a@b.cc`):
    // attribute values like `POST` or `/` skip the table. Custom patterns may be shorter.
    const candidates = text.length < SHORTEST_BUILTIN_MATCH ? custom : all;
    for (const rule of candidates) {
      if (rule.gate !== undefined) {
        if (!scanned) {
          scanner.scan(out);
          scanned = true;
        }
        if (!scanner.admits(rule.gate)) continue;
      }
      const before = out;
      rule.pattern.lastIndex = 0;
      out = out.replace(rule.pattern, rule.replacer);
      if (out !== before) scanned = false;
    }
    return out;
  };

  const redactDeep = <T>(value: T, text: (s: string) => string = redact): T => walk(value, undefined, text) as T;
  // Attribute keys repeat on every event: each is tested against SECRET_KEY once.
  const isSecretKey = boundedMemo((key) => SECRET_KEY.test(key));
  // What nothing changed inside is returned as it was (no copy): nearly every event's attributes
  // hold no secret, and the event redactor and the fingerprint pool tell "unchanged" by identity.
  const walk = (value: unknown, key: string | undefined, text: (s: string) => string): unknown => {
    if (typeof value === 'string') {
      if (key !== undefined && value.length > 0 && isSecretKey(key) && !value.startsWith('[REDACTED')) return tag('secret');
      return text(value);
    }
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const v = walk(value[i], undefined, text);
        if (v !== value[i]) (copy ??= value.slice())[i] = v;
      }
      return copy ?? value;
    }
    if (value !== null && typeof value === 'object') {
      let copy: Record<string, unknown> | undefined;
      const record = value as Record<string, unknown>;
      for (const k of Object.keys(record)) {
        const v = walk(record[k], k, text);
        if (v !== record[k]) (copy ??= { ...record })[k] = v;
      }
      return copy ?? value;
    }
    return value;
  };

  return { redact, redactDeep };
}

/** The built-in rules only; adapters use it when no configured Redactor is passed. */
export const defaultRedactor: Redactor = createRedactor();

/** Redacts with the built-in rules only. Prefer a configured `Redactor` where one is wired. */
export const redact = (text: string): string => defaultRedactor.redact(text);
export const redactDeep = <T>(value: T): T => defaultRedactor.redactDeep(value);
