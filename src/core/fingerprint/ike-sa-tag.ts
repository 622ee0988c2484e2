// The IKE_SA a strongSwan record is about, which its logger writes only when there is one.
//
// charon's loggers to a file, to stderr and to syslog (strongSwan 5.9.8's file_logger.c and
// sys_logger.c) start every record with the thread's number and the subsystem, `05[NET]`, and
// with `ike_name = yes` (strongswan.conf(5), `charon.filelog.<name>.ike_name`) add
// the IKE_SA the record was logged for: ` <name|unique id>` once a connection is chosen, ` <unique
// id>` before, nothing when the record belongs to no IKE_SA. One statement logs with and without
// it: sender.c's `sending packet: from %#H to %#H (%zu bytes)` for the answer to a datagram with a
// major version it does not support (no IKE_SA) and for every other message (programs/strongswan,
// server-logs-35.test.ts), and the tag's one token more made them two templates (Drain routes by
// token count). It is the record's context, a value as the thread's number is, and whether there
// is one is not the statement's: right after the thread and subsystem, in a parameterised line
// (`<int>[NET] <<int>>`, `<int>[CFG] <gw-sun|<int>>`), it is left out.
//
// Only there, and only a tag whose id the parameteriser masked: a word in angle brackets
// elsewhere (`<stdin>`, an XML element) stays.
const IKE_SA_TAG = /((?:^|\s)<int>\[[A-Z]{3}(?:\d|<int>)?\]) <(?:[^\s<>|]{1,64}\|)?<int>>(?=\s|$)/;

/** `masked` (a parameterised log line) without the IKE_SA tag after strongSwan's thread and subsystem. */
export function withoutIkeSaTag(masked: string): string {
  if (!masked.includes('<<int>>') && !masked.includes('|<int>>')) return masked;
  return masked.replace(IKE_SA_TAG, '$1');
}
