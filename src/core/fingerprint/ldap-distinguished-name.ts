// An LDAP distinguished name written bare (`ou=nowhere,dc=example,dc=org`) is one value, as a
// path is: the entry a directory client or server was given, whatever its first attribute type.
//
// A token `key=value` keeps its key as the statement's constant (template-tokens.ts: `tty=ssh` →
// `tty=<*>`). A DN is no such pair: RFC 4514 (section 2) writes a name as its relative names from
// the entry up, joined by commas, each `<attribute type>=<value>`, so its first type is whichever
// the entry is named by — `dc=example,dc=org` for a base, `ou=nowhere,dc=…` for a unit under it,
// `uid=alice,ou=people,…` for a person. SSSD 2.8's ldap_get_sudo_options and
// ldap_get_autofs_options log `Option %s set to %s` with the search base the domain configures
// (programs/sssd, server-logs-58.test.ts), and `dc=<*>` beside `ou=<*>` made one statement two
// signatures.
//
// Read only so: two relative names or more, each one of the attribute types RFC 4514's section 3
// table names (CN, L, ST, O, OU, C, STREET, DC, UID, in any case), with a value of its own, at
// least one of them CN, OU or DC (the types directories name entries by), with an optional closing
// punctuation mark; a multi-valued relative name (`+`) or an escaped comma is not read. Pairs of
// other keys (`uid=0,euid=0`, `user=a,db=b`) and a single relative name (`cn=admin` keeps its key,
// as any pair does) keep their reading.
const RDN_TYPE = /^(?:cn|l|st|o|ou|c|street|dc|uid)$/i;
const NAMING_TYPE = /^(?:cn|ou|dc)$/i;
const RDN = /^([A-Za-z]{1,6})=([^=,+\\\s]{1,256})$/;
const CLOSING = /[.;:]$/;

/** Whether `token` is a bare LDAP distinguished name of two relative names or more (see above). */
export function isDistinguishedName(token: string): boolean {
  if (token.length > 2048 || !token.includes(',') || !token.includes('=')) return false;
  const parts = (CLOSING.test(token) ? token.slice(0, -1) : token).split(',');
  if (parts.length < 2) return false;
  let naming = false;
  for (const part of parts) {
    const m = RDN.exec(part);
    if (!m || !RDN_TYPE.test(m[1])) return false;
    if (NAMING_TYPE.test(m[1])) naming = true;
  }
  return naming;
}
