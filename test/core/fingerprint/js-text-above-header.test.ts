// Text above a JavaScript error's header — Atom's uncaught-exception report opens with `At
// <file>:<line>` and a blank line before `error.stack` — is not the header: the first line below
// it that names an error type and its message is (stacktrace/javascript.ts). Before, `At
// C:\…\static\<embedded>:14` was the message, and as Atom's core is a minified snapshot the
// message is what names its failure: one statement from five releases was two signatures by
// where Atom was installed (`D:\Atom x64\…`, a path with a space; threads-8 javascript R 0.6).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-8', 'javascript');

describe('text above a JavaScript error', () => {
  it("groups Atom core's statement from five releases and installs (atom#19079, #20291, #18696, #20697, #21173)", () => {
    const fp = createFingerprinter();
    const core = rows.filter((r) => r.group === 'javascript:t8:atom-core-version-of-undefined').map((r) => fp.fingerprint({ source: 'span', service: 'atom', type: r.type, message: r.message, stacktrace: r.stacktrace }));
    expect(core).toHaveLength(5);
    expect(new Set(core.map((x) => x.fingerprint)).size).toBe(1);
    expect(core[0].message).toBe("Cannot read property 'version' of undefined");
    // The packages' own errors with the same kind of message stay apart from it and each other.
    const packages = rows.filter((r) => r.group !== 'javascript:t8:atom-core-version-of-undefined').map((r) => fp.fingerprint({ source: 'span', service: 'atom', type: r.type, message: r.message, stacktrace: r.stacktrace }).fingerprint);
    expect(new Set([...packages, core[0].fingerprint]).size).toBe(6);
  });

  it('reads the header below the text', () => {
    const t = parseStacktrace(rows[4].stacktrace!).exceptions[0];
    expect([t.type, t.message]).toEqual(['TypeError', "Cannot read property 'version' of undefined"]);
  });

  it('leaves a message of several lines under a header as it is', () => {
    // Near misses: a header first (the lines after it are its message, even one that reads as
    // another error's header); a first line that names no error type and nothing below that does.
    const several = parseStacktrace('Error: request failed\nTypeError: fetch failed\n    at f (/app/a.js:1:1)').exceptions[0];
    expect([several.type, several.message]).toEqual(['Error', 'request failed\nTypeError: fetch failed']);
    const plain = parseStacktrace('something went wrong\nwhile loading\n    at f (/app/a.js:1:1)').exceptions[0];
    expect(plain.message).toBe('something went wrong\nwhile loading');
  });
});
