// A line header that is docker compose's service column alone, shorter than the twelve
// characters a header otherwise needs (`web_1 | `, `worker_1 | `, `node3-1  | `), and a line of
// the trace that is the header alone once its trailing space is trimmed (`haven2-relay  |`,
// compose's empty line). Found in threads-12 (issue-thread-traces-12.test.ts): the header stayed
// before every line, or the header-only line cut it short, and the trace read as no frame.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutLineHeaders } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const row = (runtime: string, source: string) => loadThreadTraces('threads-12', runtime).find((r) => r.source.endsWith(source))!;
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe("docker compose's service column as a line header", () => {
  it("real: `worker_1 | ` goes and Celery's traceback is read (Parisson/TimeSide#90)", () => {
    const r = row('python', 'Parisson/TimeSide/issues/90');
    expect(withoutLineHeaders(r.stacktrace!).split('\n')[1]).toBe('Traceback (most recent call last):');
    expect(fingerprintOf(r).culprit).toContain('server/models.py');
  });

  it("real: `web_1 | ` goes and the martini panic's frames are read (go-gorm/gorm#484)", () => {
    const r = row('go', 'go-gorm/gorm/issues/484');
    expect(withoutLineHeaders(r.stacktrace!).split('\n')[1]).toBe('/usr/src/go/src/runtime/panic.go:387 (0x415cb8)');
    expect(fingerprintOf(r).frames.length).toBeGreaterThan(0);
  });

  it("real: a line that is `haven2-relay  |` alone is the trace's empty line, and the crash site is read (barrydeen/haven#99)", () => {
    const r = row('go', 'barrydeen/haven/issues/99');
    const plain = withoutLineHeaders(r.stacktrace!).split('\n');
    expect(plain.slice(0, 3)).toEqual(['fatal error: concurrent map iteration and map write', '', 'goroutine 198 [running]:']);
    expect(fingerprintOf(r).culprit).toContain('main.updateWoTMap');
  });

  it("real: `node3-1  | ` goes from every line of zap's panic (Tochemey/goakt#578)", () => {
    const r = row('go', 'Tochemey/goakt/issues/578');
    expect(withoutLineHeaders(r.stacktrace!).split('\n')[4]).toBe('goroutine 90 [running]:');
  });

  it('near misses: a short prefix without the separator, a Markdown table, and words shared by every line are left as they are', () => {
    const bare = 'web_1 panic: boom\nweb_1 goroutine 1 [running]:\nweb_1 main.main()';
    expect(withoutLineHeaders(bare)).toBe(bare);
    const table = '| a | 1 |\n| b | 2 |\n| c | 3 |';
    expect(withoutLineHeaders(table)).toBe(table);
    const words = 'web | panic: boom\nweb | goroutine 1 [running]:\nweb | main.main()';
    expect(withoutLineHeaders(words)).toBe(words);
    // Two lines are no logger's header.
    const two = 'web_1 | panic: boom\nweb_1 | goroutine 1 [running]:';
    expect(withoutLineHeaders(two)).toBe(two);
  });
});
