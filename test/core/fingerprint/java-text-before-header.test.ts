// Words pasted in front of the JVM's uncaught-exception header on its line (Charlatano#1035:
// `it says [Exception in thread "Thread-2" java.lang.NullPointerException`) hid the header, so
// none of the frames under it was kept and the paste was known by its type alone, apart from
// the same Every.kt:42 failure pasted plainly (#804, #1008; threads-9 jvm R 0.935).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-9', 'jvm');
const row = (s: string) => rows.find((r) => r.source.endsWith(s))!;
const sig = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace }).fingerprint;

describe("text in front of the JVM's uncaught-exception header", () => {
  it('is not part of the header: the frames under it are read (Charlatano#1035 with #804, #1008)', () => {
    const t = parseStacktrace(row('issues/1035').stacktrace!);
    expect(t.exceptions[0].type).toBe('java.lang.NullPointerException');
    expect(t.exceptions[0].frames[0].file).toBe('Every.kt');
    expect(sig(row('issues/1035'))).toBe(sig(row('issues/804')));
    expect(sig(row('issues/1008'))).toBe(sig(row('issues/804')));
  });

  it('keeps another statement apart (CSGO.initialize, #314)', () => {
    expect(sig(row('issues/1035'))).not.toBe(sig(row('issues/314')));
  });

  it('leaves a header at the start of its line, and a prose line without the header, as before', () => {
    const plain = 'Exception in thread "main" java.lang.IllegalStateException: closed\n\tat com.shop.Cart.add(Cart.java:12)';
    const t = parseStacktrace(plain);
    expect(t.exceptions[0]).toMatchObject({ type: 'java.lang.IllegalStateException', message: 'closed' });
    // A sentence naming no thread's header stays prose: no exception is made of it.
    expect(parseStacktrace('it fails with this\n\tat com.shop.Cart.add(Cart.java:12)').exceptions).toEqual([]);
  });
});
