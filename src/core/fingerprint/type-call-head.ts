// A value written as its type's constructor call, `Type(args)`: Python's repr of an exception
// (BaseException.__repr__ in the Python reference, `URLError(ConnectionRefusedError(111,
// 'Connection refused'))`, `KeyError('kiwi')`) and of most objects, as a log line quotes the error
// it retries or gives up on (Celery's `Task … retry: Retry in 1s: URLError(…)`, celery/app/trace.py's
// LOG_RETRY). The types, nested or not, name the failure; their arguments are its values. The
// token is no word (its brackets and arguments are glued to it), so the miner's word veto never
// saw two types at one position, and a refused connection and an unresolvable name retried by
// one statement were one template.

// One or more names each opening a call, the first a capitalised type: `URLError(gaierror(`.
const TYPE_CALL_HEAD = /^((?:[A-Z][\w.]{0,63}\()(?:[A-Za-z_][\w.]{0,63}\(){0,3})/;
// A program's name with its process id and nothing else, `QuickLookSatelli(38418)`: macOS's
// Sandbox writes the process so (`Sandbox: QQ(10018) deny(1) mach-lookup …`, Loghub's Mac set),
// the name a value like the pid.
const NAME_AND_PID = /^[\w.]{1,64}\((?:\d{1,10}|<int>)\)[:,;]?$/;
const DIGITS = /\d+/g;

/** The chain of type names a token opens with (`URLError(gaierror(`), or null when it opens with none. */
function typeCallHead(token: string): string | null {
  if (NAME_AND_PID.test(token)) return null;
  const m = TYPE_CALL_HEAD.exec(token);
  return m ? m[1].replace(DIGITS, '') : null;
}

/**
 * True when two tokens both open with a type's constructor call and the types differ
 * (`URLError(ConnectionRefusedError(<int>,` / `URLError(gaierror(-<int>,`); the same types with
 * other arguments (`KeyError('kiwi')` / `KeyError('mango')`) are one.
 */
export function differentTypeCallHeads(a: string, b: string): boolean {
  if (a === b) return false;
  const ha = typeCallHead(a);
  if (ha === null) return false;
  const hb = typeCallHead(b);
  return hb !== null && ha !== hb;
}
