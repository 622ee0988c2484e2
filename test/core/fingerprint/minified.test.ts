// Crash sites in minified or bundled JavaScript (rounds-fp/8): the frame's key is a mangled
// name, or a handler a bundler inlined everything into, in a file of one long line; line and
// column never contribute, so before, every failure of one such function was one signature.
// The message now tells them apart, masked but not mined. Shapes as V8 and browsers print them:
// a Next.js server chunk (`.next/server/chunks/<id>.js:1:<col>`), an esbuild-minified Lambda
// handler (`/var/task/index.js:1:<col>`). A browser's bundle (served from a URL) is left as it
// was: several engines run it and word one bug differently (the corpus' ignition code_snippet
// failure, in Chrome's and Firefox's words), so its message would split one bug by browser.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

const fp = (type: string, message: string, frames: string[]) => {
  const f = createFingerprinter();
  return f.fingerprint({ source: 'span', service: 'web', type, message, stacktrace: [`${type}: ${message}`, ...frames.map((l) => `    at ${l}`)].join('\n'), runtime: 'nodejs' });
};

describe('a crash site in minified or bundled JavaScript', () => {
  it('a real esbuild bundle: two bugs of one handler, minified to `s`, are two signatures; the same bug twice is one', () => {
    // Produced by a real program: a handler with two bugs (an order without items, one without a
    // customer), bundled by esbuild 0.28.2 (--bundle --minify --platform=node --format=esm) and
    // run on Node 24; err.stack as printed, first three lines.
    const bundle = 'file:///tmp/minapp/dist/index2.mjs';
    const noItems = fp('TypeError', "Cannot read properties of undefined (reading 'reduce')", [`s (${bundle}:1:107)`, `${bundle}:1:292`]);
    const noCustomer = fp('TypeError', "Cannot read properties of undefined (reading 'name')", [`s (${bundle}:1:174)`, `${bundle}:1:292`]);
    const noItemsAgain = fp('TypeError', "Cannot read properties of undefined (reading 'reduce')", [`s (${bundle}:1:107)`, `${bundle}:1:292`]);
    expect(noItems.fingerprint).not.toBe(noCustomer.fingerprint);
    expect(noItems.fingerprint).toBe(noItemsAgain.fingerprint);
  });

  it('two bugs of one mangled function of a Next.js server chunk are two signatures', () => {
    const a = fp('TypeError', "Cannot read properties of undefined (reading 'id')", ['e (/app/.next/server/chunks/8734.js:1:23456)', 'async Object.n (/app/.next/server/app/api/orders/route.js:1:4410)']);
    const b = fp('TypeError', "Cannot read properties of undefined (reading 'map')", ['e (/app/.next/server/chunks/8734.js:1:98765)', 'async Object.n (/app/.next/server/app/api/cart/route.js:1:2210)']);
    expect(a.fingerprint).not.toBe(b.fingerprint);
    expect(a.explain.join('\n')).toMatch(/minified or bundled code \(line 1, column 23456\)/);
  });

  it('the same bug at another column (a later build) is one signature; its values are masked', () => {
    const a = fp('TypeError', 'Cannot read properties of undefined (reading \'id\')', ['e (/app/.next/server/chunks/8734.js:1:23456)']);
    const b = fp('TypeError', 'Cannot read properties of undefined (reading \'id\')', ['e (/app/.next/server/chunks/8734.js:1:23901)']);
    expect(a.fingerprint).toBe(b.fingerprint);
    const c = fp('RangeError', 'Invalid array length 4294967296', ['Qe (/var/task/index.js:1:5123)']);
    const d = fp('RangeError', 'Invalid array length 17', ['Qe (/var/task/index.js:1:5123)']);
    expect(c.fingerprint).toBe(d.fingerprint);
  });

  it('a handler a bundler inlined everything into: its failures are told apart by their messages', () => {
    const a = fp('TypeError', "Cannot read properties of undefined (reading 'id')", ['handler (/var/task/index.js:1:23456)', 'Runtime.handleOnceNonStreaming (file:///var/runtime/index.mjs:1173:29)']);
    const b = fp('TypeError', 'x.items.map is not a function', ['handler (/var/task/index.js:1:77001)', 'Runtime.handleOnceNonStreaming (file:///var/runtime/index.mjs:1173:29)']);
    expect(a.fingerprint).not.toBe(b.fingerprint);
  });

  it('a browser bundle keeps its frame as the key: engines word one bug differently (the ignition code_snippet failure in Chrome and Firefox)', () => {
    const bundle = 'https://shop.example.com/_next/static/chunks/commons.5752e1f292d2b25a6a64.js';
    const chrome = fp('TypeError', "Cannot read properties of undefined (reading 'code_snippet')", [`XE (${bundle}:1:249981)`]);
    const firefox = fp('TypeError', 'n is undefined', [`XE (${bundle}:1:249965)`]);
    expect(chrome.fingerprint).toBe(firefox.fingerprint);
  });

  it('near misses: code a person wrote keeps the message out (a specific type at a named site)', () => {
    const a = fp('TypeError', "Cannot read properties of undefined (reading 'id')", ['formatUser (/app/src/users.js:57:13)']);
    const b = fp('TypeError', "Cannot read properties of undefined (reading 'name')", ['formatUser (/app/src/users.js:57:13)']);
    expect(a.fingerprint).toBe(b.fingerprint);
    // A short real name on line 2 with a near column is not mangled code.
    const c = fp('TypeError', "Cannot read properties of undefined (reading 'id')", ['handler (/app/index.js:2:10)']);
    const d = fp('TypeError', "Cannot read properties of undefined (reading 'name')", ['handler (/app/index.js:2:10)']);
    expect(c.fingerprint).toBe(d.fingerprint);
  });
});
