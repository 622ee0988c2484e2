// A native frame logged as a line names its function with an offset (src/core/fingerprint/
// native-frame-symbol.ts): the function is a value of the frame statement, as its address is.
// Real lines: Android tombstones from https://github.com/frida/frida-core/issues/81 and
// https://github.com/couchbase/couchbase-lite-java-core/issues/1527 (issue-thread-logs-3.ndjson),
// a kernel call trace from https://github.com/Seagate/cortx-prvsnr/issues/4513, FreeBSD's KDB
// backtrace from https://github.com/nmap/nmap/issues/2958.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { nativeFrameSymbolAsValue } from '../../../src/core/fingerprint/native-frame-symbol.js';

const fingerprinter = () => {
  const fp = createFingerprinter();
  return (body: string) => fp.fingerprint({ source: 'log', service: 'android', body, severityText: 'ERROR' }).fingerprint;
};

describe('a native frame\'s symbol and offset', () => {
  it('is a value: the frames of a backtrace are one statement', () => {
    const f = fingerprinter();
    const tombstone = [
      'I/DEBUG   (  119):     #01 pc 00280a27  /system/lib/libart.so (artQuickGenericJniTrampoline+34)',
      '12-02 09:30:06.672 F/DEBUG   ( 5653):     #00 pc 000175aa  /system/lib/libc.so (memcpy+351)',
    ].map(f);
    expect(new Set(tombstone).size).toBe(1);
    const callTrace = [
      'Oct 23 06:34:59 ssc-vm-c-365 kernel: [<ffffffffa3179262>] dump_stack+0x19/0x1b',
      'Oct 23 06:34:59 ssc-vm-c-365 kernel: [<ffffffffa3173c04>] dump_header+0x90/0x229',
      'Oct 23 06:34:59 ssc-vm-c-365 kernel: [<ffffffffa2bbfd74>] oom_kill_process+0x254/0x3e0',
    ].map(f);
    expect(new Set(callTrace).size).toBe(1);
    // FreeBSD's KDB backtrace after a panic (https://github.com/nmap/nmap/issues/2958).
    const kdb = [
      '#0 0xffffffff80b7fefd at kdb_backtrace+0x5d',
      '#1 0xffffffff80b32bd1 at vpanic+0x131',
      '#3 0xffffffff8100091b at trap_fatal+0x40b',
      '#6 0xffffffff821683d4 at re_rxeof+0x344',
    ].map(f);
    expect(new Set(kdb).size).toBe(1);
  });

  it('reads the parameterised shapes only', () => {
    expect(nativeFrameSymbolAsValue('(memcpy+<int>)')).toBe('(<*>)');
    expect(nativeFrameSymbolAsValue('./a.out(main+<hex>)[<hex>]')).toBe('./a.out(<*>)[<hex>]');
    expect(nativeFrameSymbolAsValue('dump_stack+<hex>/<hex>')).toBe('<*>+<hex>/<hex>');
    // FreeBSD's `#%d %p at %s+%#lx`: a bare symbol+offset, after `at` only.
    expect(nativeFrameSymbolAsValue('kdb_backtrace+<hex>', 'at')).toBe('<*>+<hex>');
    expect(nativeFrameSymbolAsValue('kdb_backtrace+<hex>')).toBeUndefined();
    expect(nativeFrameSymbolAsValue('count+<int>', 'at')).toBeUndefined();
    // Near misses: no offset, an offset not glued to a symbol, a sum in prose, a key=value.
    for (const token of ['C++', '(C++)', '(+<int>)', 'count+<int>', '(uid=<int>)', '+<int>%', 'x+<hex>']) {
      expect(nativeFrameSymbolAsValue(token), token).toBeUndefined();
    }
  });

  it('near misses: lines that only mention a symbol stay apart', () => {
    const f = fingerprinter();
    expect(f('C++ exception thrown in worker thread')).not.toBe(f('Java exception thrown in worker thread'));
  });
});
