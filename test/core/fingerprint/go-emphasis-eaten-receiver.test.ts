// A Go pointer receiver whose `*` Markdown ate into emphasis (`(_Conn)`, written back with
// underscores) is read as `(*Conn)` (go-emphasis-eaten-receiver.ts). Found in threads-35
// (issue-thread-traces-35.test.ts): minio's crypto/tls serverHandshake panic pasted intact
// (minio/minio#2478) and with three receivers turned into `(_conn)`/`(_Conn)` (minio/minio#2541)
// was two signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withPointerReceiverRestored } from '../../../src/core/fingerprint/go-emphasis-eaten-receiver.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-35', 'go');
const row = (issue: string) => rows.find((r) => r.source.endsWith(`/issues/${issue}`))!;
const sig = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const trace = (receiver: string, method = 'Total') => [
  'panic: runtime error: invalid memory address or nil pointer dereference',
  '',
  'goroutine 7 [running]:',
  `example.com/shop/orders.${receiver}.${method}(0xc000010000)`,
  '\t/src/shop/orders/store.go:58 +0x1d',
  'example.com/shop/api.handleOrder(0xc0000a2000)',
  '\t/src/shop/api/orders.go:31 +0x65',
].join('\n');

describe('a Go pointer receiver whose asterisk Markdown ate', () => {
  it('real: minio\'s TLS handshake panic, intact and with `(_Conn)` receivers, is one signature (minio/minio#2478, #2541)', () => {
    expect(sig(row('2541').stacktrace!).fingerprint).toBe(sig(row('2478').stacktrace!).fingerprint);
  });

  it('`(_T)` is read as `(*T)`, a generic type\'s brackets kept', () => {
    expect(withPointerReceiverRestored('(_Conn).serverHandshake')).toBe('(*Conn).serverHandshake');
    expect(withPointerReceiverRestored('(_List[...]).Push')).toBe('(*List[...]).Push');
    expect(sig(trace('(_Store)')).fingerprint).toBe(sig(trace('(*Store)')).fingerprint);
  });

  it('near miss: a method value\'s wrapper `(T)`, a function named `_f` and a closure are left as printed', () => {
    expect(withPointerReceiverRestored('(Store).Total-fm')).toBe('(Store).Total-fm');
    expect(withPointerReceiverRestored('_helper')).toBe('_helper');
    expect(withPointerReceiverRestored('(*Store).Total.func1')).toBe('(*Store).Total.func1');
  });

  it('near miss: two methods of one restored receiver stay apart', () => {
    expect(sig(trace('(_Store)', 'Total')).fingerprint).not.toBe(sig(trace('(_Store)', 'Count')).fingerprint);
  });
});
