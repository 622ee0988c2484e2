// Elixir frames pasted without their indentation (Markdown outside a code block): found in
// threads-4 (issue-thread-traces-4.test.ts), where such a trace read as no frame and its KeyError
// (`key :prompt not found in: nil`) mined to one template with another app's (`key :id …`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-4/elixir.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe('Elixir frames without indentation', () => {
  it('are frames when the OTP application in parentheses starts the line', () => {
    const parsed = parseStacktrace('** (KeyError) key :sku not found in: nil\n(shop 0.1.0) lib/shop/cart.ex:44: Shop.Cart.add/2\n(stdlib 5.2) gen_server.erl:1095: :gen_server.try_handle_info/3\n');
    expect(parsed.runtime).toBe('erlang');
    expect(parsed.exceptions[0].frames[0]).toMatchObject({ file: 'lib/shop/cart.ex', line: 44, function: 'add' });
  });

  it('near misses: a line at column 0 without the application, or prose in parentheses, is no frame', () => {
    expect(parseStacktrace('** (KeyError) key :sku not found in: nil\nlib/shop/cart.ex:44: Shop.Cart.add/2\n').exceptions[0]?.frames ?? []).toEqual([]);
    expect(parseStacktrace('(note) see lib/shop/cart.ex:44: for the line\n').runtime).not.toBe('erlang');
  });

  it("real: stickerbaker's worker reading .prompt of nil has its crash site, apart from exmeralda's (cbh123/stickerbaker#5, bitcrowd/exmeralda#39)", () => {
    const fp = createFingerprinter();
    const [sticker, exmeralda] = ['stickerbaker-embedding-prompt-nil', 'exmeralda-chat-handle-event-id'].map((g) => rows.find((r) => r.group.endsWith(g))!).map((r) => fp.fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace }));
    expect(sticker.frames.find((f) => f.inApp)).toMatchObject({ function: 'create_text_embedding' });
    const alias = new Map<string, string>();
    for (const x of [sticker, exmeralda]) for (const a of x.aliases) alias.set(a, x.fingerprint);
    const resolve = (f: string) => alias.get(f) ?? f;
    expect(resolve(sticker.fingerprint)).not.toBe(resolve(exmeralda.fingerprint));
  });
});
