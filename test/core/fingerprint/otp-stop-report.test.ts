// An OTP process's crash report with a stop reason and no frames is keyed by its reason (and its
// registered name), not by its first line (src/core/fingerprint/otp-stop-report.ts): Bandit's
// handler stopping with :econnaborted was `GenServer #PID<…> terminating`, like every such report.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-57/elixir.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprinter = createFingerprinter();
const fp = (stacktrace: string) => fingerprinter.fingerprint({ source: 'span', service: 'app', stacktrace });
const report = (who: string, reason: string, state: string) => `[error] GenServer ${who} terminating\n** (stop) ${reason}\nLast message: {:tcp_error, #Port<0.${state.length}>, ${reason}}\nState: ${state}\n`;

describe("an OTP process's crash report without frames", () => {
  it("real: Bandit's handler is keyed by its stop reason, not by its state (elixir-lang/elixir#13615)", () => {
    const row = rows.find((r) => r.group.endsWith('bandit-http1-econnaborted'))!;
    const [e] = parseStacktrace(row.stacktrace!).exceptions;
    expect(e).toMatchObject({ type: 'stop', message: ':econnaborted' });
  });

  it('the same reason with other pids, ports and states is one', () => {
    expect(fp(report('#PID<0.656.0>', ':econnaborted', '{%ThousandIsland.Socket{socket: #Port<0.29>}, %{requests_processed: 4}}')).fingerprint).toBe(fp(report('#PID<0.1213.0>', ':econnaborted', '{%ThousandIsland.Socket{socket: #Port<0.71>}, %{requests_processed: 12}}')).fingerprint);
  });

  it('near misses: two reasons are two (they were one, keyed by the head); two named servers with one reason are two', () => {
    expect(fp(report('#PID<0.656.0>', ':econnaborted', '%{}')).fingerprint).not.toBe(fp(report('#PID<0.656.0>', ':closed', '%{}')).fingerprint);
    expect(fp(report('Shop.Prices', ':timeout', '%{}')).fingerprint).not.toBe(fp(report('Shop.Stock', ':timeout', '%{}')).fingerprint);
  });

  it('a report with frames keeps its reading: the frames key it', () => {
    const framed = '[error] GenServer #PID<0.1325.0> terminating\n** (stop) no process\n    (stdlib) proc_lib.erl:794: :proc_lib.stop/3\n    (shop) lib/shop/master.ex:222: Shop.Master.get_loan/2\nLast message: :tick\nState: %{}\n';
    expect(fp(framed).culprit).toContain('Shop.Master');
  });
});
