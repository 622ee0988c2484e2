// A record of fields joined by `;` in one whitespace token, read field by field.
//
// Nagios Core writes its events as `TEXT: field;field;…;output` (base/logging.c
// log_service_event: `SERVICE ALERT: %s;%s;%s;%s;%d;%s` — host, service, state, state type,
// attempt, the check's output; notifications.c and log_host_event alike). Until the output's
// first space the fields are one whitespace token, `web1;postgres;CRITICAL;SOFT;1;connect`: read
// whole, it was a value, and with it the state and its type — names from Nagios's own lists
// (service_state_name(), state_type_name()), each another outcome (outcome-words.ts) — so SOFT
// and HARD alerts, CRITICAL and WARNING ones, were one signature. So such a token is read as its
// fields: a field in capitals is the program's own word and stays; an empty field stays empty;
// any other field (a host's, a service's, a contact's name, a number) is a value; the last field,
// where the text after the record begins, is read as any token is. Only a record that has a
// field in capitals: a record of names and numbers alone (PBS/Torque's `time;0008;pbs_mom;Job;…`
// header, transport-header.ts) is left as it was.

// A field in capitals: two capitals or more (Nagios's host states `UP` and service state `OK` have
// two), then capitals, digits, `_` or `-`.
const IN_CAPITALS = /^[A-Z]{2,}[A-Z0-9_-]*$/;
const MAX_FIELDS = 16;

/**
 * The template tokens of a field record (`<*>;`, `CRITICAL;`, `SOFT;`, then the last field as
 * `last` reads it), or undefined when `token` is not one: three fields or more, no `=` (a
 * `key=value;…` list), no quote or bracket first, and a field in capitals.
 */
export function fieldRecordTokens(token: string, last: (field: string) => string): string[] | undefined {
  const first = token.charCodeAt(0);
  if (first === 34 || first === 39 || first === 96 || first === 91 || first === 40 || first === 123) return undefined;
  if (token.includes('=')) return undefined;
  const fields = token.split(';');
  if (fields.length < 3 || fields.length > MAX_FIELDS) return undefined;
  if (!fields.slice(0, -1).some((f) => IN_CAPITALS.test(f))) return undefined;
  const out: string[] = [];
  for (let k = 0; k < fields.length - 1; k++) {
    const f = fields[k];
    out.push(f === '' ? ';' : IN_CAPITALS.test(f) ? `${f};` : '<*>;');
  }
  const tail = fields[fields.length - 1];
  if (tail !== '') out.push(last(tail));
  return out;
}
