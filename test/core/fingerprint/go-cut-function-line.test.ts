// A goroutine dump whose paste stops inside a function line's argument list
// (`…logset.(*Actor).finalizeBucket(0xc00012ea60?, 0xc0011`). Found in threads-15
// (issue-thread-traces-15.test.ts): matrixone-operator's nil dereference read no frame of its
// own (the frames above `panic(` are controller-runtime's recovery) and was one signature with
// perses-operator's, known by the message alone.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-15', 'go');
const matrixone = rows.find((r) => r.group === 'go:t15:matrixone-logset-finalize-bucket-nil')!;
const NIL = 'runtime error: invalid memory address or nil pointer dereference';
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', type: 'panic', message: NIL, stacktrace });

describe('a Go function line cut inside its arguments', () => {
  it('names the frame where the paste stops (matrixorigin/matrixone-operator#328)', () => {
    const read = fingerprintOf(matrixone.stacktrace!);
    expect(read.culprit).toContain('(*Actor).finalizeBucket');
    // The same frame cut elsewhere in its arguments is the same crash site.
    const shorter = matrixone.stacktrace!.replace('(0xc00012ea60?, 0xc0011', '(0xc00012ea60?');
    expect(fingerprintOf(shorter).fingerprint).toBe(read.fingerprint);
    // Another function cut so is another.
    const other = matrixone.stacktrace!.replace('finalizeBucket(', 'reconcileBucket(');
    expect(fingerprintOf(other).fingerprint).not.toBe(read.fingerprint);
  });

  it('near misses: a cut line followed by its file line is that frame, and a whole last frame is read as before', () => {
    const wrapped = 'panic: boom\n\ngoroutine 1 [running]:\nmain.(*T).run(0xc000010000,\n\t/app/main.go:12 +0x25\nmain.main()\n\t/app/main.go:20 +0x1d';
    const frames = parseStacktrace(wrapped).exceptions[0].frames;
    expect(frames.map((f) => f.function)).toEqual(['(*T).run', 'main']);
    const whole = 'panic: boom\n\ngoroutine 1 [running]:\nmain.(*T).run(0xc000010000)\n\t/app/main.go:12 +0x25\nmain.main()';
    expect(parseStacktrace(whole).exceptions[0].frames.map((f) => f.function)).toEqual(['(*T).run', 'main']);
  });
});
