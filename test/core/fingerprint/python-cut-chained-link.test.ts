// A traceback printed after `During handling of the above exception, another exception
// occurred:` and cut before its exception line has no type but the one the record states; when
// that is the type of the exception it wraps, it is not another link. Counted, Mycodo's chained
// pastes of admin_upgrade's split on None (Mycodo#1278, #1290: `AttributeError ← AttributeError`)
// were apart from the same failure pasted without the chain (#1265, #1271; threads-9 python R 0.421).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-9', 'python');
const row = (s: string) => rows.find((r) => r.source.endsWith(s))!;
const fp = createFingerprinter();
const sig = (r: { type?: string; message?: string; stacktrace?: string }, type = r.type) => fp.fingerprint({ source: 'span', service: 'app', type, message: r.message, stacktrace: r.stacktrace }).fingerprint;

describe('a chained traceback cut before its exception line', () => {
  it("is not a link when the record's type is the wrapped one's (Mycodo#1278, #1290 with #1265, #1271)", () => {
    const plain = sig(row('Mycodo/issues/1271'));
    expect(sig(row('Mycodo/issues/1265'))).toBe(plain);
    expect(sig(row('Mycodo/issues/1278'))).toBe(plain);
    expect(sig(row('Mycodo/issues/1290'))).toBe(plain);
  });

  it('stays a link when the record states another type, and another statement stays apart', () => {
    // Near misses: the same paste reported as the handler's own error keeps its second link;
    // GovReady's split on None in a CherryPy handler is another failure.
    expect(sig(row('Mycodo/issues/1278'), 'werkzeug.exceptions.InternalServerError')).not.toBe(sig(row('Mycodo/issues/1271')));
    expect(sig(row('800-53-server/issues/5'))).not.toBe(sig(row('Mycodo/issues/1271')));
  });
});
