// Rollbar's list of an Elixir stack is read as the BEAM's, innermost first
// (src/core/fingerprint/rollbar-elixir-frame.ts): CaptainFact's presence exit was read as a Python
// traceback keyed by proc_lib's init_p_do_apply, every Elixir process's outermost frame (threads-57).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-57/elixir.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });
const rollbar = (handler: string, file: string, line: number) =>
  'Traceback (most recent call last):\n' +
  '  File "lib/gen_server.ex", line 1014, in GenServer.call/3 (elixir)\n' +
  `  File "${file}", line ${line}, in ${handler} (shop)\n` +
  '  File "gen_server.erl", line 1095, in :gen_server.try_handle_info/3 (stdlib)\n' +
  '  File "proc_lib.erl", line 241, in :proc_lib.init_p_do_apply/3 (stdlib)\n' +
  'GenServer terminating: exited in: GenServer.call(Shop.Prices, :latest, 5000)\n' +
  "    ** (EXIT) no process: the process is not alive or there's no process currently associated with the given name, possibly because its application isn't started";

describe("Rollbar's list of an Elixir stack", () => {
  it("real: CaptainFact's presence exit is the channel's handle_info, type EXIT (CaptainFact/captain-fact-api#70)", () => {
    const row = rows.find((r) => r.group.endsWith('captainfact-presence-list-noproc'))!;
    const parsed = parseStacktrace(row.stacktrace!);
    expect(parsed.runtime).toBe('erlang');
    expect(parsed.exceptions[0].type).toBe('EXIT');
    expect(parsed.exceptions[0].frames[0]).toMatchObject({ module: 'GenServer', function: 'call' });
    expect(fp(row.stacktrace!).culprit).toContain('VideoDebateChannel');
  });

  it('near miss: two handlers of one program exiting alike are two (they were one, keyed by proc_lib)', () => {
    expect(fp(rollbar('Shop.CartServer.handle_info/2', 'lib/shop/cart_server.ex', 40)).fingerprint).not.toBe(fp(rollbar('Shop.Checkout.handle_info/2', 'lib/shop/checkout.ex', 88)).fingerprint);
  });

  it('the same exit as Logger prints it and as Rollbar lists it is one', () => {
    const logged =
      '12:00:01.000 [error] GenServer Shop.CartServer terminating\n** (stop) exited in: GenServer.call(Shop.Prices, :latest, 5000)\n' +
      "    ** (EXIT) no process: the process is not alive or there's no process currently associated with the given name, possibly because its application isn't started\n" +
      '    (elixir 1.15.7) lib/gen_server.ex:1014: GenServer.call/3\n    (shop 0.1.0) lib/shop/cart_server.ex:40: Shop.CartServer.handle_info/2\n    (stdlib 5.2) gen_server.erl:1095: :gen_server.try_handle_info/3\n';
    expect(fp(rollbar('Shop.CartServer.handle_info/2', 'lib/shop/cart_server.ex', 40)).fingerprint).toBe(fp(logged).fingerprint);
  });

  it("near miss: a Python traceback in Rollbar's form stays Python's", () => {
    const py = 'Traceback (most recent call last):\n  File "/app/shop/views.py", line 12, in checkout\n    total = cart.total()\n  File "/app/shop/cart.py", line 40, in total\n    return sum(p.price for p in self.items)\nAttributeError: \'NoneType\' object has no attribute \'price\'';
    expect(parseStacktrace(py).runtime).toBe('python');
  });
});
