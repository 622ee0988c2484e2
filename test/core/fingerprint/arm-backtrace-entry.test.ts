// A frame of the 32-bit arm kernel's backtrace read with its two functions as values
// (src/core/fingerprint/arm-backtrace-entry.ts). Frames as os-logs-src/linux.txt lists them, with
// their thread.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withArmBacktraceEntryAsValues } from '../../../src/core/fingerprint/arm-backtrace-entry.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'linux-syslog', body, severityText: 'ERROR' })));
}

describe("the arm kernel's backtrace entries", () => {
  it("are one signature, each frame's functions values", () => {
    // openbmc/openbmc#2228, a NETDEV WATCHDOG WARN's backtrace under dmesg
    const frames = signatures([
      '[  438.150000] [<80010080>] (unwind_backtrace) from [<8000d934>] (show_stack+0x20/0x24)',
      '[  438.150000] [<8000d934>] (show_stack) from [<801dbf2c>] (dump_stack+0x20/0x28)',
      '[  438.150000] [<801dbf2c>] (dump_stack) from [<80018d54>] (__warn+0xe0/0x108)',
      '[  438.150000] [<80353674>] (dev_watchdog) from [<80053be8>] (call_timer_fn+0x40/0x124)',
      '[  438.150000] [<80009554>] (__do_softirq) from [<8001c284>] (run_ksoftirqd+0x34/0x4c)',
    ]);
    expect(new Set(frames).size).toBe(1);
  });

  it('reads the line only in its whole shape', () => {
    const kept = (tokens: string[]) => expect(withArmBacktraceEntryAsValues(tokens)).toBe(tokens);
    // The caller without its offset and size: %pS always prints them.
    kept(['kernel:', '<*>', '(unwind_backtrace)', 'from', '<*>', '(show_stack)']);
    // Words around the frame: another statement.
    kept(['kernel:', 'called', '<*>', '(unwind_backtrace)', 'from', '<*>', '(show_stack+<hex>/<hex>)']);
    // A sentence of the same length: a user in parentheses, `from` an address.
    kept(['sshd:', 'Accepted', '(root)', 'from', '<ip>', '(port)']);
    // Not `from` between the frames.
    kept(['kernel:', '<*>', '(unwind_backtrace)', 'to', '<*>', '(show_stack+<hex>/<hex>)']);
  });

  it('keeps apart what is not a frame, whose words say which statement it is', () => {
    const [frame, login] = signatures([
      '[  438.150000] [<80010080>] (unwind_backtrace) from [<8000d934>] (show_stack+0x20/0x24)',
      '[  438.150000] [<80010080>] (unwind_backtrace) went to [<8000d934>] (show_stack+0x20/0x24)',
    ]);
    expect(frame).not.toBe(login);
  });
});
