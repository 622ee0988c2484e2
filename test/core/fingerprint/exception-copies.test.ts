// A link of the exception chain that repeats the one it wraps (same type, same message) adds no
// failure (rounds-fp/8). kotlinx.coroutines' stack-trace recovery (debug mode, on with -ea)
// rethrows a copy of an exception that crossed a coroutine boundary, with the original as its
// cause; the same failure without recovery (production, or thrown without suspending) is the
// original alone. The recovered form as the kotlinx.coroutines debugging guide prints it
// (FileEditException, `_COROUTINE._BOUNDARY._` between the two coroutines' frames).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

const frames = [
  '\tat com.example.RecoveryExampleKt.editFile(RecoveryExample.kt:54)',
  '\tat com.example.RecoveryExampleKt.access$editFile(RecoveryExample.kt:1)',
  '\tat com.example.RecoveryExampleKt$main$2$fileEdit$1.invokeSuspend(RecoveryExample.kt:62)',
];
const scheduler = [
  '\tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:34)',
  '\tat kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:100)',
  '\tat kotlinx.coroutines.scheduling.CoroutineScheduler$Worker.run(CoroutineScheduler.kt:684)',
];
const header = 'com.example.FileEditException: When editing line 15: Unexpected token';
const recovered = [header, ...frames, '\tat _COROUTINE._BOUNDARY._(CoroutineDebugging.kt:42)', '\tat com.example.RecoveryExampleKt$main$2.invokeSuspend(RecoveryExample.kt:67)', `Caused by: ${header}`, ...frames, ...scheduler].join('\n');
const plain = [header, ...frames, ...scheduler].join('\n');
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'editor', stacktrace });

describe('a chain link that copies the one it wraps', () => {
  it("kotlinx.coroutines' recovered copy and the exception without recovery are one signature", () => {
    const a = fp(recovered);
    const b = fp(plain);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.explain.join('\n')).toMatch(/counted once/);
  });

  it('a wrapper of the same type with its own message is still a link of its own', () => {
    const wrapped = ['java.lang.IllegalStateException: could not save order 42', '\tat com.example.Orders.save(Orders.java:30)', 'Caused by: java.lang.IllegalStateException: disk quota exceeded', '\tat com.example.Disk.write(Disk.java:12)'].join('\n');
    const alone = ['java.lang.IllegalStateException: disk quota exceeded', '\tat com.example.Disk.write(Disk.java:12)'].join('\n');
    expect(fp(wrapped).fingerprint).not.toBe(fp(alone).fingerprint);
  });
});
