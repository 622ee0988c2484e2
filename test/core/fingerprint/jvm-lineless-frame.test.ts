// A JVM frame with a file and no line number (`(ConnectionError.kt)`, a Kotlin object's static
// initializer): found in threads-54 (issue-thread-traces-54.test.ts), where Discord Integration's
// NoIPCFile quoted through that frame alone read as no trace, and the same failure quoted with its
// later frames was another signature (src/core/fingerprint/jvm-lineless-frame.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-54/jvm.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprintOf = (r: Row) => createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
const fp = (type: string, stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', type, message: 'boom', stacktrace }).fingerprint;

describe('a JVM frame with a source file and no line number', () => {
  it('is read as a frame of a JVM trace, its file kept', () => {
    const t = parseStacktrace('com.shop.Errors$Missing: no stock\n\tat com.shop.Errors$Missing.<clinit>(Errors.kt)\n');
    expect(t.runtime).toBe('java');
    expect(t.exceptions[0].frames[0]).toMatchObject({ module: 'com.shop.Errors$Missing', function: '<clinit>', file: 'Errors.kt' });
  });

  it('near misses: another class\'s lineless frame stays apart; a script\'s frame without a JVM source file is not read as Java', () => {
    const a = fp('com.shop.Errors$Missing', 'com.shop.Errors$Missing: boom\n\tat com.shop.Errors$Missing.<clinit>(Errors.kt)\n');
    const b = fp('com.shop.Errors$Missing', 'com.shop.Errors$Missing: boom\n\tat com.shop.Stock$Gone.<clinit>(Stock.kt)\n');
    expect(a).not.toBe(b);
    expect(parseStacktrace('TypeError: x is undefined\n    at render (app.js)\n').runtime).not.toBe('java');
    expect(parseStacktrace('Error: boom\n    at handler (index.php)\n').runtime).not.toBe('java');
  });

  it('real: Discord Integration\'s NoIPCFile quoted through its first frame and through the recursion is one signature (#384, #332)', () => {
    const [full, cut] = rows.filter((r) => r.group === 'jvm:t54:discord-integration-kdiscordipc-no-ipc-file');
    const a = fingerprintOf(full);
    const b = fingerprintOf(cut);
    expect(b.culprit).toContain('NoIPCFile');
    expect(a.fingerprint).toBe(b.fingerprint);
    const other = fingerprintOf(rows.find((r) => r.group === 'jvm:t54:discord-ij-relationships-null-list')!);
    expect(other.fingerprint).not.toBe(a.fingerprint);
  });
});
