// A quoted text closing a log line right after a value and its comma is the format's last listed
// value (closing-quoted-argument.ts): Kamailio 5.6.3's `init_child failed for process %d, pid %d,
// "%s"` with the process's description (programs/kamailio, server-logs-53.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { resolveAliases } from '../../helpers/loghub.js';

const mine = (bodies: string[]) => {
  const f = createFingerprinter();
  return resolveAliases(bodies.map((body) => f.fingerprint({ source: 'log', service: 'kamailio', body })));
};

const initChild = (process: number, pid: number, description: string) =>
  ` ${process}(${pid}) ERROR: <core> [core/pt.c:338]: fork_process(): init_child failed for process ${process}, pid ${pid}, "${description}"`;

describe('a quoted text closing a line after a value and its comma', () => {
  it("is one value whatever it holds: values inside, one word, several, none (Kamailio's real descriptions)", () => {
    const sigs = mine([
      initChild(2, 25602, 'udp receiver child=1 sock=127.0.0.1:55060'),
      initChild(4, 25604, 'timer'),
      initChild(6, 25607, 'JSONRPCS FIFO'),
      initChild(3, 25603, ''),
      initChild(5, 25606, 'secondary timer'),
    ]);
    expect(new Set(sigs).size).toBe(1);
  });

  it('near miss: a word stating a kind of failure stays a word of the line', () => {
    const sigs = mine([initChild(2, 25602, 'refused'), initChild(3, 25603, 'timer'), initChild(4, 25604, 'expired')]);
    expect(new Set(sigs).size).toBe(3);
  });

  it('near miss: quotes after a word, not a value, keep their word', () => {
    const sigs = mine(['sync failed for table users, "orders"', 'sync failed for table users, "carts"']);
    expect(new Set(sigs).size).toBe(2);
  });

  it('near miss: quotes the line goes on after are not the closing argument', () => {
    const sigs = mine(['worker 3, "timer" stopped by operator', 'worker 4, "reaper" stopped by operator']);
    expect(new Set(sigs).size).toBe(2);
  });
});
