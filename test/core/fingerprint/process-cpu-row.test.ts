// Android's CPU usage rows (ProcessCpuTracker's printProcessCPU under ActivityManager) read as one
// statement whatever the process's name, the decimals and the optional parts
// (src/core/fingerprint/process-cpu-row.ts). Lines as os-logs-src/android.txt lists them, each
// with its thread.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { opensProcessCpuRow } from '../../../src/core/fingerprint/process-cpu-row.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'android', body, severityText: 'ERROR' })));
}

const opens = (line: string): boolean => opensProcessCpuRow(parameterize(line, true).split(/\s+/), 0);

describe("ActivityManager's CPU usage row", () => {
  it('is one signature whatever the name, the decimals and the optional parts', () => {
    const s = signatures([
      // syncthing/syncthing-android#1247: a package's name, minor faults
      '11-27 00:18:45.349  1338  1367 E ActivityManager:   1% 3035/com.google.android.gms.persistent: 0.7% user + 0.3% kernel / faults: 1195 minor',
      // the same thread: a kernel thread's name with `/` and `:`, no faults
      '11-27 00:18:45.349  1338  1367 E ActivityManager:   0.9% 5397/kworker/u17:1: 0% user + 0.9% kernel',
      '11-27 00:18:45.349  1338  1367 E ActivityManager:   0.8% 29560/com.android.vending: 0.7% user + 0% kernel / faults: 2216 minor 1 major',
      // koreader/koreader#1643: brief layout, a thread's row
      'E/ActivityManager(  343):     1.9% 377/InputDispatcher: 0% user + 1.9% kernel',
      // pylerSM/YouTubeBackgroundPlayback#342: a process started in the interval (`+`)
      '09-18 23:07:33.725 E/ActivityManager(1518):  +0% 3800/com.google.android.youtube: 0% user + 0% kernel',
      // flutter/flutter#70028: `/init`, whole shares
      '03-24 11:45:56.097  2479  2510 E ActivityManager:   19% 1//init: 11% user + 8.6% kernel / faults: 90 minor',
    ]);
    expect(new Set(s).size).toBe(1);
  });

  it("keeps the report's header apart from its rows", () => {
    const [header, row] = signatures([
      // koreader/koreader#1643
      'E/ActivityManager(  343): CPU usage from 608ms to 1126ms later with 99% awake:',
      'E/ActivityManager(  343):   0.2% 97/surfaceflinger: 0.2% user + 0% kernel / faults: 95 minor',
    ]);
    expect(header).not.toBe(row);
  });

  it('reads only a whole row, its optional parts as printProcessCPU writes them', () => {
    expect(opens('8.3% 55/irq/168-main_tt: 0% user + 8.3% kernel + 0.1% iowait + 0.2% softirq')).toBe(true);
    // Cut in a paste before its kernel share, or going on with words of its own: not the row.
    expect(opens('0.9% 5397/kworker/u17:1: 0% user +')).toBe(false);
    expect(opens('0.9% 5397/kworker/u17:1: 0% user + 0.9% kernel time exceeded')).toBe(false);
    // `/ faults:` is written only with a count after it.
    expect(opens('0.9% 5397/kworker/u17:1: 0% user + 0.9% kernel / faults:')).toBe(false);
    // Shares that are not percentages.
    expect(opens('0.9 5397/kworker/u17:1: 0 user + 0.9 kernel')).toBe(false);
  });
});
