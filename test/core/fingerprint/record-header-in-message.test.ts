// One failure recorded at another time, by another process (tools/occurrence probe over every
// issue-thread collection: each row's times, pids, replicas and pod names as another occurrence
// prints them). Two classes split: a message led by a record's header (klog's `E0205 10:23:18.253241
// 957 memcache.go:265] …` pasted as the trace, kubectl's discovery refusals in threads-14; the
// same read from a given message), whose date glued to the level letter stayed a word
// (transport-header.ts withoutLeadingTransportHeader); and zap's epoch-seconds time
// (`1.697699741833937e+09 ERROR …`, controller-runtime operators in threads-17 and threads-21),
// whose exponent left the fraction's digits a word (parameterize.ts float).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';

const trace = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });
const given = (message: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', type: 'Error', message });

const refused = (day: string, time: string, pid: string) =>
  `E${day} ${time} ${pid} memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \\"https://127.0.0.1:6443/api?timeout=32s\\": dial tcp 127.0.0.1:6443: connect: connection refused"\nThe connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?`;

describe("a record's header before the message", () => {
  it('a klog paste no parser reads is one signature on any day, from any process', () => {
    const a = trace(refused('0205', '10:23:18.253241', '    957'));
    expect(a.message).not.toContain('0205');
    expect(trace(refused('0206', '15:40:41.772700', ' 191762')).fingerprint).toBe(a.fingerprint);
  });

  it('a message given with the header is the message without it', () => {
    const line = 'I0703 00:35:58.649283       1 main.go:209] Generating self signed cert as no cert is provided';
    expect(given(line).fingerprint).toBe(given(line.replace('I0703 00:35:58.649283', 'I0911 17:02:44.100200')).fingerprint);
    expect(given(line).message).toBe(given('main.go:209] Generating self signed cert as no cert is provided').message);
  });

  it('near miss: another statement stays apart, and a message that only looks alike keeps its words', () => {
    const a = trace(refused('0205', '10:23:18.253241', '957'));
    const other = trace(refused('0205', '10:23:18.253241', '957').replace('couldn\'t get current server API group list', 'couldn\'t get resource list for metrics.k8s.io/v1beta1'));
    expect(other.fingerprint).not.toBe(a.fingerprint);
    expect(given('E0205 is the code the controller returned').message).toContain('E0205');
  });

  it("zap's epoch time is one value, however far apart two records are", () => {
    const reconcile = (ts: string) => `${ts}\tERROR\tReconciler error\t{"controller": "repository", "name": "web", "error": "failed to get repo: 401 Bad credentials"}`;
    expect(given(reconcile('1.6836474195594983e+09')).fingerprint).toBe(given(reconcile('1.6911036081234567e+09')).fingerprint);
    expect(parameterize('took 1.5e+10 ns, limit 2.25E-3')).toBe('took <float> ns, limit <float>');
    expect(parameterize('version 1.2e3x stays')).toContain('e3x');
  });
});
