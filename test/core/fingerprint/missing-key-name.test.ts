// The key a missing-key error names, quoted as code spells an identifier, is a constant of the
// failure (missing-key-name.ts). Real lines: an order-import script on Ruby 3.1's Logger
// (programs/ruby-worker, server-logs-12.test.ts) logging `#{e.class}: #{e.message}` for three
// fetches in its code (`.fetch('order')`, `order.fetch('lines')`, `l.fetch('price')`), one
// signature before. Python's dict writes the key's repr (`KeyError: 'order'`).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('the key a missing-key error names', () => {
  it("Ruby's KeyErrors of three fetches are three signatures, each one for its repeats", () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'worker', body }).fingerprint;
    const order = t('E, [2026-12-05T18:55:14.783962 #5823] ERROR -- : KeyError: key not found: "order"');
    expect(t('E, [2026-12-05T18:55:14.784002 #5823] ERROR -- : KeyError: key not found: "order"')).toBe(order);
    const lines = t('E, [2026-12-05T18:55:14.784031 #5823] ERROR -- : KeyError: key not found: "lines"');
    const price = t('E, [2026-12-05T18:55:14.786065 #5823] ERROR -- : KeyError: key not found: "price"');
    expect(new Set([order, lines, price]).size).toBe(3);
    expect(t('E, [2026-12-05T18:55:14.786102 #5823] ERROR -- : KeyError: key not found: "price"')).toBe(price);
  });

  it("Python's KeyError text and an environment variable's name read alike", () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'api', body }).fingerprint;
    expect(t("ERROR sync failed: KeyError: 'customer_id'")).not.toBe(t("ERROR sync failed: KeyError: 'email'"));
    expect(tokens('KeyError: key not found: "DATABASE_URL"')).toContain('"DATABASE_URL"');
    expect(tokens('KeyError: key not found: "S3_BUCKET"')).toContain('"S3_BUCKET"');
  });

  it('near misses: a key that is data, a literal key beside one, a quoted value after another label', () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'api', body }).fingerprint;
    // Ids fetched from a table are data: one signature, and the literal key's line stays apart.
    const literal = t('KeyError: key not found: "order"');
    const byId = t('KeyError: key not found: "42"');
    expect(t('KeyError: key not found: "77"')).toBe(byId);
    expect(byId).not.toBe(literal);
    expect(tokens('KeyError: key not found: "user42"')).not.toContain('"user42"');
    expect(tokens("KeyError: 'a1b2c3'")).not.toContain("'a1b2c3'");
    expect(tokens("KeyError: 'user_123'")).not.toContain("'user_123'");
    expect(tokens('KeyError: key not found: "order_8812"')).not.toContain('"order_8812"');
    expect(tokens("KeyError: 'base64_data'")).toContain("'base64_data'");
    // Another label's quoted word stays the value it labels.
    expect(tokens('ArgumentError: invalid value for Integer(): "two"')).not.toContain('"two"');
    expect(t('User not found: "alice"')).toBe(t('User not found: "bob"'));
    // A lookup by user names joins at the fifth name, as any place of quoted names (miner.ts).
    const alice = t("KeyError: 'alice'");
    for (const user of ['bob', 'carol', 'dave']) expect(t(`KeyError: '${user}'`)).not.toBe(alice);
    expect(t("KeyError: 'erin'")).toBe(alice);
    expect(t("KeyError: 'frank'")).toBe(alice);
    expect(tokens('lookup not found: "order"')).not.toContain('"order"');
  });
});
