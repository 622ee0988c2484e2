// A backtrace_symbols(3) frame of an address no symbol covers, `binary(+offset) [address]`, is a
// frame as `binary(symbol+offset) [address]` is, and the address after either belongs to it
// (native-frame-symbol.ts): tor 0.4.9.11's bug report logs its stack a frame a line
// (programs/tor, server-logs-19.test.ts), and the frames in libevent and libc without a symbol
// (`/lib/x86_64-linux-gnu/libc.so.6(+0x2724a) [0x7f…]`) were a template of their own.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isFrameAddress, nativeFrameSymbolAsValue } from '../../../src/core/fingerprint/native-frame-symbol.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe("a native frame without a symbol, and a frame's address", () => {
  it('reads `binary(+<hex>)` as a frame and takes the address after a frame into it', () => {
    expect(nativeFrameSymbolAsValue('<path>(+<hex>)')).toBe('<path>(<*>)');
    expect(nativeFrameSymbolAsValue('tor(+<hex>)')).toBe('tor(<*>)');
    expect(nativeFrameSymbolAsValue('<path>(event_base_loop+<hex>)')).toBe('<path>(<*>)');
    expect(templateTokens('Bug:     <path>(+<hex>) [<hex>] (on Tor <ip> )', 40)).toEqual(['Bug:', '<path>(<*>)', '(on', 'Tor', '<ip>', ')']);
    expect(templateTokens('Bug:     tor(tor_main+<hex>) [<hex>] (on Tor <ip> )', 40)).toEqual(['Bug:', 'tor(<*>)', '(on', 'Tor', '<ip>', ')']);
  });

  it('near misses: no binary, a decimal offset without a symbol, an address after anything else', () => {
    for (const token of ['(+<hex>)', 'x(+<int>)', '(+<int>)', '<path>(+)']) expect(nativeFrameSymbolAsValue(token), token).toBeUndefined();
    expect(isFrameAddress('[<int>]')).toBe(false);
    // An address in brackets after a word that is no frame stays a token of its own.
    expect(templateTokens('mapped region [<hex>] released', 40)).toEqual(['mapped', 'region', '<*>', 'released']);
  });

  it("real: tor's bug stack is one signature, frame after frame", () => {
    const rows = loadServerLog('tor.ndjson').filter((r) => r.group.startsWith('backtrace.c log_backtrace_impl: "    %s"'));
    expect(rows.length).toBe(18);
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'tor', body: r.body })));
    expect(new Set(ids).size).toBe(1);
  });
});
