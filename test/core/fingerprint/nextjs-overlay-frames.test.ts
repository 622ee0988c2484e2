// Next.js's development error overlay copied as text, found in threads-5
// (issue-thread-traces-5.test.ts, nextjs-google-analytics#759): each frame two lines, the
// function and then `file (line:column)`, under a `Call Stack` heading, with the frameworks the
// overlay collapses (`Next.js`, `React`) named between them. No frame was read, so the failure
// fell to its message: any two errors copied so with one message were one signature.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; source: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-5/javascript.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

const COPY = "TypeError: x is undefined\n\nCall Stack\nloadOrder\nsrc/orders/load.ts (12:7)\nReact\nrenderPage\nnode_modules\\next\\dist\\server\\render.js (88:3)\n";

describe("Next.js's error overlay, copied", () => {
  it('reads each name / location pair as a frame, skipping the heading and the framework names', () => {
    const parsed = parseStacktrace(COPY);
    expect(parsed.runtime).toBe('javascript');
    const [e] = parsed.exceptions;
    expect(e).toMatchObject({ type: 'TypeError', message: 'x is undefined' });
    expect(e.frames.map((f) => [f.function, f.line, f.column])).toEqual([['loadOrder', 12, 7], ['renderPage', 88, 3]]);
  });

  it('near misses: one pair, a location that is no script, and a time in prose are no overlay', () => {
    expect(parseStacktrace('TypeError: x is undefined\nloadOrder\nsrc/orders/load.ts (12:7)\n').exceptions[0]?.frames ?? []).toHaveLength(0);
    expect(parseStacktrace('Error: failed\nbackup\n/var/backups/db.tar (12:7)\nrestore\n/var/backups/db2.tar (3:1)\n').exceptions[0]?.frames ?? []).toHaveLength(0);
    expect(parseStacktrace('Meeting notes\nstandup\nagenda.txt (09:30)\nreview\nnotes.md (10:45)\n').runtime).not.toBe('javascript');
  });

  it('real: the overlay copy of a Next 14 dev crash reads its frames, the crash site first (nextjs-google-analytics#759)', () => {
    const row = rows.find((r) => r.source.endsWith('nextjs-google-analytics/issues/759'))!;
    const [e] = parseStacktrace(row.stacktrace!).exceptions;
    expect(e.frames.slice(0, 4).map((f) => f.function)).toEqual(['options.factory', '__webpack_require__', 'fn', 'requireModule']);
    expect(e.frames[0]).toMatchObject({ line: 715, column: 31 });
  });
});
