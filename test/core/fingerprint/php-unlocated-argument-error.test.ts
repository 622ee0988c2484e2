// An uncaught argument TypeError quoted by its first line alone, without file or trace
// (php-argument-error-callee.ts): typed TypeError, its crash site the method the message names
// when the engine made the call. Found in threads-30 (issue-thread-traces-30.test.ts):
// kohana/kohana#96's cut message was an `Error` known by its words alone, apart from the traces
// of the same failure (kohana/core#704, freefcw/hustoj#54).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { argumentErrorCallee } from '../../../src/core/fingerprint/php-argument-error-callee.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-30', 'php');
const row = (source: string) => rows.find((r) => r.source.endsWith(source))!;
const sig = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace }).fingerprint;

describe('an uncaught argument TypeError quoted without its location', () => {
  it("real: kohana/kohana#96's cut message is the signature of the traces of Kohana's handler (kohana/core#704)", () => {
    expect(sig(row('kohana/kohana/issues/96').stacktrace!)).toBe(sig(row('kohana/core/issues/704').stacktrace!));
  });

  it("reads PHP 8's wording too, and another method's message is another signature", () => {
    expect(argumentErrorCallee('Shop\\Orders::add(): Argument #1 ($item) must be of type Shop\\Item, null given')).toEqual({ module: 'Shop\\Orders', function: 'add' });
    const a = sig('Uncaught TypeError: Argument 1 passed to Shop\\Orders::add() must be an instance of Shop\\Item, null given');
    const b = sig('Uncaught TypeError: Argument 1 passed to Shop\\Carts::add() must be an instance of Shop\\Item, null given');
    expect(a).not.toBe(b);
  });

  it('near miss: a call PHP code made (`called in`) names no crash site, a function names a file the line lacks, a browser\'s TypeError is not PHP', () => {
    expect(argumentErrorCallee('Argument 1 passed to Shop\\Orders::add() must be an instance of Shop\\Item, null given, called in /srv/app/Cart.php on line 40')).toBeUndefined();
    expect(argumentErrorCallee('Argument 1 passed to render_item() must be of the type array, null given')).toBeUndefined();
    expect(parseStacktrace("Uncaught TypeError: Cannot read properties of undefined (reading 'id')").runtime).not.toBe('php');
    expect(parseStacktrace('Uncaught TypeError: Argument 1 passed to Shop\\Orders::add() must be an instance of Shop\\Item, null given').runtime).toBe('php');
  });
});
