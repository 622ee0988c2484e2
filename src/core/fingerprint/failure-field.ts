// A `key=value` field of a log line whose key names the failure and whose value is a code: the
// value says which failure it is, so it is a constant of the line, not a parameter. Lines made of
// key=value fields alone (logfmt, Heroku's router) carry no message words: Heroku's router writes
// every refused request as `at=error code=H12 desc="Request timeout" method=… path=… …`, and its
// error codes are different failures (H10 an app that crashed, H12 a request that timed out,
// H13 a connection closed without a response, H18 a request interrupted: Heroku's "Error Codes"
// article); with the code masked like any value, all of them were one signature
// (simonw/simonwillisonblog#309 quotes the H12 line). Only a value that reads as a code or a
// word (a letter first: `H12`, `ECONNRESET`, `Evicted`, `NoSuchKey`) is kept; a number, a quoted
// text or a path after such a key stays a parameter, as the parameteriser leaves it.

/** Keys whose value names what failed. `status` is not one: its values report any outcome (Postfix's `status=sent`). */
const FAILURE_KEYS = new Set(['code', 'error_code', 'err_code', 'errcode', 'errorcode', 'error', 'err', 'reason']);

/** `key=value`: a failure key, then a code or word of up to 40 characters with a letter first. */
const FAILURE_FIELD = /^([A-Za-z_]{3,10})=([A-Za-z][A-Za-z0-9_.-]{0,39})[,;]?$/;

/** Whether `token` is a failure field whose value is kept (see above). */
export function isFailureField(token: string): boolean {
  const m = FAILURE_FIELD.exec(token);
  return m !== null && FAILURE_KEYS.has(m[1].toLowerCase());
}

/** Two failure fields of one key with different codes: two failures, never one template. */
export function differentFailureFields(a: string, b: string): boolean {
  if (a === b || !isFailureField(a) || !isFailureField(b)) return false;
  return a.slice(0, a.indexOf('=')).toLowerCase() === b.slice(0, b.indexOf('=')).toLowerCase();
}
