// A goroutine dump indented as a block under an unindented first line: Pulumi's diagnostics
// indent a provider's stderr by four spaces, and a copy that starts at the `panic:` line after
// their label has it at column 0 and the rest indented. The runtime prints a goroutine header at
// column 0, so its indentation is the block's. Found in threads-12
// (issue-thread-traces-12.test.ts): pulumi-pulumiservice's ToPropertyMap panic read as no frame.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const pulumi = loadThreadTraces('threads-12', 'go').find((r) => r.source.endsWith('pulumi/pulumi-pulumiservice/issues/355'))!;
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'provider', type: pulumi.type, message: pulumi.message, stacktrace });

describe('an indented goroutine block', () => {
  it("real: the provider's frames are read, ToPropertyMap the crash site (pulumi/pulumi-pulumiservice#355)", () => {
    expect(parseStacktrace(pulumi.stacktrace!).exceptions[0].frames.map((f) => f.function)).toEqual([
      '(*PulumiServiceDeploymentSettingsInput).ToPropertyMap',
      '(*PulumiServiceDeploymentSettingsResource).Create',
      '(*pulumiserviceProvider).Create',
    ]);
  });

  it('real: the same dump at the runtime\'s columns has the same signature', () => {
    const plain = pulumi.stacktrace!.split('\n').map((l) => l.replace(/^ {4}/, '')).join('\n');
    expect(fingerprintOf(pulumi.stacktrace!).fingerprint).toBe(fingerprintOf(plain).fingerprint);
  });

  it("near misses: a dump whose header is at column 0 is read as it is, and an indented header alone in another runtime's text is no Go trace", () => {
    const own = 'panic: boom\n\ngoroutine 1 [running]:\nmain.f()\n\t/app/main.go:9 +0x25\n    goroutine 2 [select]:';
    expect(parseStacktrace(own).exceptions[0].frames.map((f) => f.function)).toEqual(['f']);
    expect(parseStacktrace('Traceback (most recent call last):\n  File "a.py", line 1, in <module>\n    goroutine 1 [running]:\nValueError: x').runtime).toBe('python');
  });
});
