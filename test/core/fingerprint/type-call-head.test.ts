// A value written as its type's constructor call names the failure by its types
// (type-call-head.ts). Real lines: Celery 5.7.0's worker retrying a task (programs/celery,
// server-logs-13.test.ts), celery/app/trace.py's LOG_RETRY `Task %(name)s[%(id)s] retry: %(exc)s`
// with the Retry's reason as Python's repr of urllib's URLError: a refused connection and a name
// that does not resolve were one template.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { differentTypeCallHeads } from '../../../src/core/fingerprint/type-call-head.js';

const log = (f: ReturnType<typeof createFingerprinter>, service: string, body: string) => f.fingerprint({ source: 'log', service, body }).fingerprint;
const REFUSED = [
  "[2026-12-05 20:27:02,186: INFO/ForkPoolWorker-2] Task tasks.notify[6e0d3f25-6a3c-476b-b23b-904423474ff4] retry: Retry in 1s: URLError(ConnectionRefusedError(111, 'Connection refused'))",
  "[2026-12-05 20:27:03,259: INFO/ForkPoolWorker-1] Task tasks.notify[6e0d3f25-6a3c-476b-b23b-904423474ff4] retry: Retry in 1s: URLError(ConnectionRefusedError(111, 'Connection refused'))",
];
const NO_NAME = [
  "[2026-12-05 20:27:02,208: INFO/ForkPoolWorker-1] Task tasks.notify[05842497-fece-49d5-b1aa-fd16b040256b] retry: Retry in 1s: URLError(gaierror(-2, 'Name or service not known'))",
  "[2026-12-05 20:27:03,274: INFO/ForkPoolWorker-1] Task tasks.notify[05842497-fece-49d5-b1aa-fd16b040256b] retry: Retry in 1s: URLError(gaierror(-2, 'Name or service not known'))",
];

describe("a value written as its type's constructor call", () => {
  it("Celery's retries of a refused connection and of an unresolvable name are two signatures, each one", () => {
    const f = createFingerprinter();
    const [r1, n1, r2, n2] = [log(f, 'orders', REFUSED[0]), log(f, 'orders', NO_NAME[0]), log(f, 'orders', REFUSED[1]), log(f, 'orders', NO_NAME[1])];
    expect(n1).not.toBe(r1);
    expect(r2).toBe(r1);
    expect(n2).toBe(n1);
  });

  it('near misses: the same types with other arguments, a program named with its pid, words', () => {
    // one type, other arguments: one failure
    expect(differentTypeCallHeads("KeyError('kiwi')", "KeyError('mango')")).toBe(false);
    expect(differentTypeCallHeads('URLError(ConnectionRefusedError(<int>,', 'URLError(ConnectionRefusedError(<int>,')).toBe(false);
    expect(differentTypeCallHeads('URLError(ConnectionRefusedError(<int>,', 'URLError(gaierror(-<int>,')).toBe(true);
    // macOS Sandbox's `process(pid)` (Loghub Mac E299): two processes, one statement
    const f = createFingerprinter();
    const qq = log(f, 'mac', 'Sandbox: QQ(10018) deny(1) mach-lookup com.apple.networking.captivenetworksupport');
    const ql = log(f, 'mac', 'Sandbox: QuickLookSatelli(38418) deny(1) mach-lookup com.apple.networkd');
    expect(ql).toBe(qq);
    // a function call in lower case, or a word: not a type's constructor
    expect(differentTypeCallHeads('getInfo(a)', 'putInfo(b)')).toBe(false);
    expect(differentTypeCallHeads('URLError(x)', 'failed')).toBe(false);
  });
});
