import { describe, expect, it } from 'vitest';
import { createRedactor, isCardNumber, looksLikeAwsSecret, parseRedactPatterns, redact, redactDeep, REDACT_RULES } from '../../src/core/redact.js';
import { CLEAN_TEXT, SECRET_SAMPLES } from '../fixtures/redact/corpus.js';

describe('redact: every rule against its sample', () => {
  for (const sample of SECRET_SAMPLES) {
    it(`${sample.rule}: ${sample.text.slice(0, 50).replace(/\n/g, ' ')}`, () => {
      const out = redact(sample.text);
      expect(out).not.toContain(sample.secret);
      expect(out).toContain(`[REDACTED:${sample.rule}]`);
      for (const k of sample.keep ?? []) expect(out).toContain(k);
    });
  }

  it('has a sample for every named rule', () => {
    const covered = new Set(SECRET_SAMPLES.map((s) => s.rule));
    for (const rule of REDACT_RULES) expect(covered, rule.name).toContain(rule.name);
  });
});

describe('redact: ordinary text survives', () => {
  for (const line of CLEAN_TEXT) {
    it(line.slice(0, 60).replace(/\n/g, ' '), () => {
      expect(redact(line)).toBe(line);
    });
  }

  it('leaves a whole realistic log excerpt alone', () => {
    const text = CLEAN_TEXT.join('\n');
    expect(redact(text)).toBe(text);
  });
});

describe('redact: behaviour', () => {
  it('is idempotent', () => {
    for (const s of SECRET_SAMPLES) {
      const once = redact(s.text);
      expect(redact(once)).toBe(once);
    }
  });

  it('redacts several secrets in one text, each by its own name', () => {
    const text = `user bob@example.com token=${'a1'.repeat(10)} card 4111111111111111`;
    const out = redact(text);
    expect(out).toBe('user [REDACTED:email] token=[REDACTED:secret] card [REDACTED:card_number]');
  });

  it('checks card numbers with Luhn and issuer prefixes', () => {
    expect(isCardNumber('4111111111111111')).toBe(true);
    expect(isCardNumber('4111111111111112')).toBe(false); // bad checksum
    expect(isCardNumber('1234567812345670')).toBe(false); // valid Luhn, no issuer starts with 1
    expect(redact('id 4111111111111112')).toBe('id 4111111111111112');
  });

  it('finds a card number among neighbouring digit groups and redacts only it', () => {
    expect(redact('card 4111 1111 1111 1111 2029 ok')).toBe('card [REDACTED:card_number] 2029 ok');
    expect(redact('qty 12 4111-1111-1111-1111')).toBe('qty 12 [REDACTED:card_number]');
    // A contiguous run is one number: no card is cut out of its middle.
    expect(redact('id 94111111111111111')).toBe('id 94111111111111111');
  });

  it('applies configurable extra patterns first, and rejects invalid ones', () => {
    const r = createRedactor({ extraPatterns: parseRedactPatterns('ACME-\\d{6};;internal-[a-z]+\\.corp') });
    expect(r.redact('customer ACME-123456 on internal-billing.corp')).toBe('customer [REDACTED:custom] on [REDACTED:custom]');
    expect(() => parseRedactPatterns('ok;;(unclosed')).toThrow(/invalid redaction pattern "\(unclosed"/);
    expect(parseRedactPatterns(undefined)).toEqual([]);
  });

  it('redactDeep redacts every string in nested objects and whole values under secret keys', () => {
    const input = {
      message: 'login failed for jane@example.com',
      count: 3,
      nested: [{ url: 'https://u:p4ssw0rd@host/x' }, 'plain', null, true],
      headers: { authorization: 'anything at all', 'x-request-id': 'abc-123' },
      password: 'hunter2',
      max_tokens: 'not a secret key',
    };
    const out = redactDeep(input);
    expect(out).toEqual({
      message: 'login failed for [REDACTED:email]',
      count: 3,
      nested: [{ url: 'https://u:[REDACTED:url_password]@host/x' }, 'plain', null, true],
      headers: { authorization: '[REDACTED:secret]', 'x-request-id': 'abc-123' },
      password: '[REDACTED:secret]',
      max_tokens: 'not a secret key',
    });
    expect(input.password).toBe('hunter2'); // a copy, the input is untouched
    expect(input.nested[0]).toEqual({ url: 'https://u:p4ssw0rd@host/x' });
  });

  it('redactDeep returns what holds no secret as it was, and copies only the branches that changed', () => {
    const clean = { route: '/api/orders/{id}', status: 500, tags: ['a', 'b'], peer: { 'server.address': 'db-1' } };
    expect(redactDeep(clean)).toBe(clean);
    const mixed = { ...clean, creds: { url: 'https://u:p4ssw0rd@host/x' } };
    const out = redactDeep(mixed);
    expect(out).not.toBe(mixed);
    expect(out.creds).toEqual({ url: 'https://u:[REDACTED:url_password]@host/x' });
    expect(out.tags).toBe(clean.tags);
    expect(out.peer).toBe(clean.peer);
    expect(mixed.creds.url).toBe('https://u:p4ssw0rd@host/x');
  });

  it('runs the URL password rule only on text with both :// and @, and still finds it there', () => {
    // The rule's pattern ends before an `@`; without one it cannot match (core/redact-shape.ts gate).
    expect(redact('GET https://shop.example.com/api/orders/7?expand=items')).toBe('GET https://shop.example.com/api/orders/7?expand=items');
    expect(redact('dial postgres://app:s3cr3t@db:5432/shop failed')).toBe('dial postgres://app:[REDACTED:url_password]@db:5432/shop failed');
    expect(redact('dial POSTGRES://APP:S3CR3T@DB:5432/SHOP failed')).toBe('dial POSTGRES://APP:[REDACTED:url_password]@DB:5432/SHOP failed');
  });

  it('looks for bare AWS secret keys only where 40 characters look random', () => {
    // 99.9% of random 40-character base64 strings pass (measured over 100,000 in development); these never do.
    expect(looksLikeAwsSecret('9fceb02d0ae598e95dc970b74767f19372d61af8')).toBe(false); // git SHA
    expect(looksLikeAwsSecret('Http2ConnectionPrefaceAndSettingsHandler')).toBe(false); // a Netty class, 40 characters
    expect(looksLikeAwsSecret('src/main/java/com/acme/shop/CartService2')).toBe(false);
    expect(looksLikeAwsSecret('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toBe(true);
    let passed = 0;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    // A fixed pseudo-random sequence (xorshift) keeps the test deterministic.
    let x = 2463534242;
    for (let i = 0; i < 2000; i++) {
      let key = '';
      for (let c = 0; c < 40; c++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        key += alphabet[(x >>> 0) % 64];
      }
      if (looksLikeAwsSecret(key)) passed++;
    }
    expect(passed).toBeGreaterThan(1980);
  });

  it('stays linear on adversarial input (no catastrophic backtracking)', () => {
    const inputs = (n: number) => [
      'a.'.repeat(n) + '@',
      'a'.repeat(n) + '@' + 'b.'.repeat(1000),
      '1 '.repeat(n),
      '4'.repeat(n),
      'eyJ' + 'a'.repeat(n) + '.eyJ',
      'sk-'.repeat(n / 2),
      'token='.repeat(n / 4),
      'https://' + 'a'.repeat(n) + ':' + 'b'.repeat(n),
      '-----BEGIN PRIVATE KEY-----' + 'A'.repeat(n),
      'Bearer '.repeat(n / 4),
      '"private_key": "' + '\\'.repeat(n),
      '4111 '.repeat(n / 4),
      '12 '.repeat(n),
      '+1 '.repeat(n / 2),
      '+' + '1'.repeat(n),
      '+1(2)'.repeat(n / 4),
      'aB3/'.repeat(n / 2),
      'aB3/'.repeat(10) + '.'.repeat(n),
      'SG.'.repeat(n / 2),
      '123-45-'.repeat(n / 4),
      '(415) 555-'.repeat(n / 8),
      'eyJhbGciOiJIUzI1NiJ9.'.repeat(n / 10),
    ];
    // CPU time of the whole set at two sizes: linear rules cost 8x for 8x the input, a
    // quadratic one 64x. CPU time, not wall time, so a busy machine does not change the ratio.
    const cpu = (n: number) => {
      const before = process.cpuUsage();
      for (const s of inputs(n)) redact(s);
      const used = process.cpuUsage(before);
      return used.user + used.system;
    };
    cpu(25_000); // warm up the regular expressions
    const small = Math.min(cpu(25_000), cpu(25_000));
    const large = cpu(200_000);
    expect(large / small).toBeLessThan(24);
  });
});
