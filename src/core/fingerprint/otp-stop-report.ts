// An OTP process's crash report without a stack: a GenServer (or gen_statem, Task) that stopped
// with a reason rather than raising, as Elixir's Logger prints gen_server's report
// (https://www.erlang.org/doc/apps/stdlib/gen_server.html#c:terminate/2):
//   [error] GenServer #PID<0.656.0> terminating
//   ** (stop) :econnaborted
//   Last message: {:tcp_error, #Port<0.29>, :econnaborted}
//   State: {%ThousandIsland.Socket{…}, %{…, handler_module: Bandit.HTTP1.Handler, …}}
// Read as no trace, it was keyed by its first line, `GenServer #PID<…> terminating`, which every
// such report of every process prints (Bandit's HTTP/1 handler stopping on a connection the
// browser aborted: elixir-lang/elixir#13615, threads-57), so any two stopped processes of a
// service were one signature whatever their reasons. The reason after `** (stop)` is what
// failed; `Last message:` and `State:` are the process's data at the time (ports, references,
// timestamps), never part of it. A process registered under a name (`GenServer Shop.Prices
// terminating`) is named with its reason: two servers stopping for one reason are two failures.
// A pid names no process of the code.

const HEAD = /^(?:.{0,120}?\[error\] )?(?:GenServer|:?gen_statem|:?gen_server|Task) (\S.{0,300}?) terminating\s*$/m;
const STOP = /^\*\* \((?:stop|exit)\) \S/m;
const FIELD = /^(?:Last message|State|Client|Function|Args|Parent|Reason)(?: \(from [^)]{1,200}\))?: /;
const PID = /^#PID<[\d.]{1,40}>(?: started from \S{1,300})?$/;

/** Whether a trace is an OTP process's crash report with a stop reason (frames or not). */
export const looksLikeOtpStopReport = (text: string): boolean => text.includes(' terminating') && HEAD.test(text) && STOP.test(text);

/** Whether a line is one of the report's fields after the reason (`Last message: …`, `State: …`). */
export const isOtpReportField = (line: string): boolean => FIELD.test(line.trim());

/** The process's registered name from the report's head; none for a pid. */
export function stoppedProcessName(text: string): string | undefined {
  const name = HEAD.exec(text)?.[1];
  return name && !PID.test(name) ? name : undefined;
}
