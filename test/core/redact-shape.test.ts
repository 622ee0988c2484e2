// The redactor skips a rule when one pass over the text shows it cannot match (its hints'
// character pairs, the character runs in `needs`). Skipping must never change a result: these
// tests compare the redactor with the plain algorithm it replaced (every rule run in order,
// gated only by a case-insensitive search for its hint) on real text from the fixtures, and on
// seeded random mixtures of that text with secrets and with the edge shapes the checks count
// (runs of 39–41 base64 characters, 12–13 digit groups, characters that lower-case to ASCII).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareHint, ShapeScanner } from '../../src/core/redact-shape.js';
import { createRedactor, parseRedactPatterns, REDACT_RULES, ruleReplacer, type RedactRule } from '../../src/core/redact.js';
import { CLEAN_TEXT, SECRET_SAMPLES } from '../fixtures/redact/corpus.js';
import { buildTracePayload } from '../../bench/payloads.js';
import { decodeTracesProto } from '../../src/ingest/decode/index.js';

/** The redaction algorithm before the shape checks, kept here as the reference. */
function referenceRedactor(extraPatterns: RegExp[] = []): (text: string) => string {
  const prepare = (rule: RedactRule) => {
    const replacement = `[REDACTED:${rule.name}]`;
    // How one match is replaced did not change; what the reference keeps is which rules run.
    const replacer = ruleReplacer(rule, replacement);
    const hints = rule.hint === undefined ? undefined : (Array.isArray(rule.hint) ? rule.hint : [rule.hint]).map((h) => h.toLowerCase());
    return { pattern: rule.pattern, hints, replacer };
  };
  const custom = extraPatterns.map((pattern) => prepare({ name: 'custom', pattern }));
  const all = [...custom, ...REDACT_RULES.map(prepare)];
  return (text) => {
    if (text.length === 0) return text;
    let out = text;
    let lower: string | undefined;
    for (const rule of text.length < 6 ? custom : all) {
      if (rule.hints) {
        lower ??= out.toLowerCase();
        if (!rule.hints.some((h) => lower!.includes(h))) continue;
      }
      const before = out;
      rule.pattern.lastIndex = 0;
      out = out.replace(rule.pattern, rule.replacer);
      if (out !== before) lower = undefined;
    }
    return out;
  };
}

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

/** Every message, stack trace and log line of the fingerprint corpus and the Loghub samples. */
function realTexts(): string[] {
  const texts: string[] = [];
  const dir = new URL('../fixtures/fingerprint/corpus/', import.meta.url);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ndjson'))) {
    for (const line of fixture(`fingerprint/corpus/${name}`).trim().split('\n')) {
      const row = JSON.parse(line) as Record<string, unknown>;
      for (const v of Object.values(row)) if (typeof v === 'string') texts.push(v);
    }
  }
  for (const name of readdirSync(new URL('../fixtures/loghub-dev/', import.meta.url)).filter((n) => n.endsWith('.tsv'))) {
    for (const line of fixture(`loghub-dev/${name}`).split('\n').slice(1)) texts.push(line.slice(line.indexOf('\t') + 1));
  }
  texts.push(...SECRET_SAMPLES.map((s) => s.text), ...CLEAN_TEXT);
  return texts;
}

/** xorshift32: the same sequence on every run. */
function random(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Pieces that sit at the edges of the shape checks, and characters beyond ASCII that lower-case to ASCII or to two characters. */
function edgePiece(pick: (n: number) => number): string {
  const run = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[pick(alphabet.length)]).join('');
  const digits = (n: number, sep = '') => Array.from({ length: n }, () => String(pick(10))).join(sep);
  const pieces = [
    () => run(BASE64, 39 + pick(3)),
    () => 'AKIA' + run('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 15 + pick(3)),
    () => '4111' + digits(8 + pick(4), pick(2) ? ' ' : '') + '1111',
    () => digits(3) + '-' + digits(2) + '-' + digits(4),
    () => '+' + digits(1) + ' (' + digits(3) + ') ' + digits(3) + '-' + digits(pick(6)),
    () => '(' + digits(3) + ') ' + digits(3) + '-' + digits(3 + pick(2)),
    () => ['\u212A', 'İ', 'ſ', 'ß', 'Ω', '\u0130', 'é', '\u{1F600}'][pick(8)],
    () => ['TO\u212AEN=', 'pa\u017F\u017Fword=', 'Bearer ', 'se\u212Aret: ', '://u:', 'sk-', 'eyJ', '@', 'gh' + 'p_'][pick(9)],
    () => ['\n', ' ', '=', ':', '"', '.', '-', '_', '/'][pick(9)],
  ];
  return pieces[pick(pieces.length)]();
}

describe('redaction with shape checks gives the same result as running every rule', () => {
  const redact = createRedactor().redact;
  const reference = referenceRedactor();

  it('on every real text of the fixtures', () => {
    const texts = realTexts();
    expect(texts.length).toBeGreaterThan(15_000);
    let redacted = 0;
    for (const text of texts) {
      const expected = reference(text);
      expect(redact(text), text.slice(0, 120)).toBe(expected);
      if (expected !== text) redacted++;
    }
    // The comparison covers texts that change, not only clean ones.
    expect(redacted).toBeGreaterThan(SECRET_SAMPLES.length);
  });

  it('on seeded mixtures of real text, secrets and edge shapes', () => {
    const texts = realTexts();
    const pick = random(0x5eed);
    let redacted = 0;
    for (let i = 0; i < 4000; i++) {
      const parts: string[] = [];
      const n = 1 + pick(8);
      for (let k = 0; k < n; k++) {
        const kind = pick(4);
        if (kind === 0) {
          const t = texts[pick(texts.length)];
          const at = pick(t.length + 1);
          parts.push(t.slice(at, at + 1 + pick(200)));
        } else if (kind === 1) parts.push(SECRET_SAMPLES[pick(SECRET_SAMPLES.length)].text);
        else parts.push(edgePiece(pick));
      }
      const text = parts.join(pick(2) ? ' ' : '');
      const expected = reference(text);
      expect(redact(text), JSON.stringify(text)).toBe(expected);
      if (expected !== text) redacted++;
    }
    expect(redacted).toBeGreaterThan(1000);
  });

  it("on every string of the all-errors bench's events (OpenTelemetry JS SDK exports, decoded)", () => {
    // bench/all-errors.ts: 512-span exports, every span an error with a 20-line trace.
    const texts = new Set<string>();
    const add = (value: unknown): void => {
      if (typeof value === 'string') texts.add(value);
      else if (Array.isArray(value)) value.forEach(add);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(add);
    };
    for (let i = 0; i < 2; i++) {
      const payload = buildTracePayload({ spans: 512, errorRatio: 1, stackLines: 20, seed: 1000 + i, service: `svc-${i % 8}` });
      for (const event of decodeTracesProto(payload.body, { severityThreshold: 17, captureHandled: true }).events) add(event);
    }
    expect(texts.size).toBeGreaterThan(2000);
    for (const text of texts) expect(redact(text), text.slice(0, 120)).toBe(reference(text));
  });

  it('with custom patterns, which run on every text', () => {
    const extra = parseRedactPatterns('ACME-\\d{6};;x');
    const custom = createRedactor({ extraPatterns: extra }).redact;
    const ref = referenceRedactor(extra);
    for (const text of ['x', 'ACME-123456', 'id ACME-123456 for AKIA' + 'ABCDEFGHIJKLMNOP', ...CLEAN_TEXT, ...SECRET_SAMPLES.map((s) => s.text)]) {
      expect(custom(text)).toBe(ref(text));
    }
  });
});

describe('ShapeScanner', () => {
  it('finds a hint exactly when the lower-cased text contains it', () => {
    const scanner = new ShapeScanner();
    const hints = [...new Set(REDACT_RULES.flatMap((r) => (r.hint === undefined ? [] : Array.isArray(r.hint) ? r.hint : [r.hint])))].map(prepareHint);
    const pick = random(42);
    const texts = [...realTexts().slice(0, 3000), 'TO\u212AEN', 'x\u0130\u212Aey', 'PRIVATE KEY-----', 'Se\u017Fsion'];
    for (let i = 0; i < 2000; i++) texts.push(Array.from({ length: 1 + pick(30) }, () => edgePiece(pick)).join(''));
    for (const text of texts) {
      scanner.scan(text);
      const lower = text.toLowerCase();
      for (const h of hints) expect(scanner.contains(h), `${h.text} in ${JSON.stringify(text.slice(0, 80))}`).toBe(lower.includes(h.text));
    }
  });

  it('says every rule with `needs` may match wherever its pattern finds a match', () => {
    const scanner = new ShapeScanner();
    const gated = REDACT_RULES.filter((r) => r.needs);
    expect(gated.length).toBeGreaterThanOrEqual(6);
    const pick = random(7);
    const texts: string[] = [];
    for (let i = 0; i < 3000; i++) texts.push(Array.from({ length: 1 + pick(12) }, () => edgePiece(pick)).join(pick(2) ? '' : ' '));
    const matched = new Map<string, number>();
    for (const text of texts) {
      scanner.scan(text);
      for (const rule of gated) {
        rule.pattern.lastIndex = 0;
        if (rule.pattern.test(text)) {
          matched.set(rule.pattern.source, (matched.get(rule.pattern.source) ?? 0) + 1);
          expect(rule.needs!(scanner.shape), `${rule.name} on ${JSON.stringify(text)}`).toBe(true);
        }
        rule.pattern.lastIndex = 0;
      }
    }
    // Every gated rule met texts it matches, so each check was exercised.
    expect(matched.size).toBe(gated.length);
  });

  it('rules out the unhinted rules on an ordinary stack trace', () => {
    const scanner = new ShapeScanner();
    scanner.scan('OrderNotFoundError: Order ord_81723 not found\n    at ordersService.load3 (/app/src/orders/orders.service.ts:123:4)');
    expect(scanner.shape).toEqual({ base64Run40: false, upperRun: 5, dashDigits: 5, phoneDigits: 5 });
    expect(REDACT_RULES.filter((r) => r.needs && !r.hint).every((r) => !r.needs!(scanner.shape))).toBe(true);
  });
});

describe('loweredNeeds (a cheaper pattern a rule with common hints must pass first)', () => {
  const secret = REDACT_RULES.find((r) => r.name === 'secret')!;
  const gateOf = (rule: RedactRule) => ({
    hints: (Array.isArray(rule.hint) ? rule.hint : [rule.hint!]).map(prepareHint),
    needs: rule.needs,
    lowered: rule.loweredNeeds,
  });

  it('rules the `secret` rule out on the fixtures\' stack traces that hold `key` or `token` but no assignment', () => {
    const scanner = new ShapeScanner();
    const gate = gateOf(secret);
    let hinted = 0;
    let admitted = 0;
    for (const text of realTexts()) {
      if (!/key|token|secret|pass|pwd/i.test(text)) continue;
      hinted++;
      scanner.scan(text);
      if (scanner.admits(gate)) admitted++;
      else {
        // Ruled out only where the rule's own pattern finds nothing.
        secret.pattern.lastIndex = 0;
        expect(secret.pattern.test(text), text.slice(0, 120)).toBe(false);
        secret.pattern.lastIndex = 0;
      }
    }
    expect(hinted).toBeGreaterThan(400);
    // Most texts with a hint are traces and log lines without an assignment.
    expect(admitted).toBeLessThan(hinted / 2);
  });

  it('admits every separator the pattern accepts, and letters or spacing it does not are near misses', () => {
    const scanner = new ShapeScanner();
    const gate = gateOf(secret);
    const matches = [
      'api_key=abcd1234efgh',
      'API-KEY : "abcd1234efgh"',
      '"Password"\t=\t"correct-horse"',
      `token${' '.repeat(10)}: s3cr3t-value`,
      'client_secret\u00a0= s3cr3t-value',
      'x-auth-token\u2028: s3cr3t-value',
      "PWD='hunter22'",
      'passwd\v=\fhunter22',
    ];
    for (const text of matches) {
      secret.pattern.lastIndex = 0;
      expect(secret.pattern.test(text), text).toBe(true);
      scanner.scan(text);
      expect(scanner.admits(gate), text).toBe(true);
    }
    const misses = ['KeyError: \'user_id\'', 'at TokenStream.next (lexer.js:10:3)', `token${' '.repeat(11)}: s3cr3t-value`, 'monkey patched', 'secrets.get failed'];
    for (const text of misses) {
      secret.pattern.lastIndex = 0;
      expect(secret.pattern.test(text), text).toBe(false);
      scanner.scan(text);
      expect(scanner.admits(gate), text).toBe(false);
    }
    secret.pattern.lastIndex = 0;
  });

  it('passes the lower-cased text wherever its rule\'s pattern matches, on seeded mixtures', () => {
    const rules = REDACT_RULES.filter((r) => r.loweredNeeds);
    expect(rules.length).toBeGreaterThan(0);
    const pick = random(0x10e7);
    const texts = realTexts();
    const pieces = ['api_key', 'TOKEN', 'Secret', 'PassWord', 'passwd', 'pwd', 'ToKen', '"', "'", ' ', '\t', '\u00a0', '\u3000', '\ufeff', '=', ':', 'abc123', '\u212Aey', 'İ', 'k'];
    let matched = 0;
    for (let i = 0; i < 5000; i++) {
      const parts: string[] = [];
      for (let k = 1 + pick(10); k > 0; k--) {
        if (pick(5) === 0) {
          const t = texts[pick(texts.length)];
          const at = pick(t.length + 1);
          parts.push(t.slice(at, at + pick(60)));
        } else parts.push(pieces[pick(pieces.length)]);
      }
      const text = parts.join('');
      for (const rule of rules) {
        rule.pattern.lastIndex = 0;
        if (rule.pattern.test(text)) {
          matched++;
          expect(rule.loweredNeeds!.test(text.toLowerCase()), JSON.stringify(text)).toBe(true);
        }
        rule.pattern.lastIndex = 0;
      }
    }
    expect(matched).toBeGreaterThan(200);
  });
});
