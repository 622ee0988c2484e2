// The zone a BIND log line opens with, under each of the prefixes BIND writes for a zone, is one
// value.
//
// BIND 9.18 writes every message about a zone through lib/dns/zone.c's dns_zone_logv, which puts
// `%s%s: ` before the message: `zone ` and the zone's name, class and view (`zone
// example.test/IN: loaded serial 1`, `zone example.test/IN/internal: …`) for an ordinary zone, but
// `managed-keys-zone` for the zone holding RFC 5011 trust anchors and `redirect-zone` for a
// redirect zone, chosen by the zone's type, not by the statement (programs/bind9,
// server-logs.test.ts: `managed-keys-zone: loaded serial 0` beside `zone example.test/IN: loaded
// serial 1`, one `loaded serial %u%s` of zone_postload). The zone's name was masked by its shape —
// a dotted name as a host or a URL, a one-label name (`localhost/IN:`, the root's `./IN:`) left a
// word — and the two special prefixes were one token each, so one statement was a template per
// kind of zone. Each is written `zone <name>: ` before values are masked, so every zone reads alike.
//
// Read only so: `zone ` then a name, `/` and a class mnemonic (IN, CH, HS), an optional `/view`,
// and the colon and space that close the prefix; or `managed-keys-zone` / `redirect-zone` (with
// an optional `/view`) and the same colon and space. Anything else about zones stays as written:
// `all zones loaded`, `zone transfer 'example.test/AXFR/IN' denied` (a quoted question), `sizing
// zone task pool`.
const ZONE_PREFIX = /(^|\s)(?:zone [^\s/'"]{1,255}\/(?:IN|CH|HS)(?:\/[\w.-]{1,64})?|(?:managed-keys|redirect)-zone(?:\/[\w.-]{1,64})?): /g;

/** `text` (a raw log line) with each BIND zone prefix written `zone <name>: ` (see above). */
export function withBindZoneNamed(text: string): string {
  if (!text.includes('zone')) return text;
  return text.replace(ZONE_PREFIX, '$1zone <name>: ');
}
