// An LDAP distinguished name written bare is one value (ldap-distinguished-name.ts): found in
// SSSD 2.8.2's debug log (programs/sssd, server-logs-58.test.ts), where ldap_get_sudo_options'
// and ldap_get_autofs_options' `Option %s set to %s` with a domain's search base
// `dc=example,dc=org` and another's `ou=nowhere,dc=example,dc=org` were two signatures each: the
// DN read as a `key=value` pair kept its first attribute type as the statement's constant.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isDistinguishedName } from '../../../src/core/fingerprint/ldap-distinguished-name.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (service: string, bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};

describe('an LDAP distinguished name', () => {
  it('reads two relative names or more of RFC 4514 attribute types, one of them CN, OU or DC', () => {
    for (const token of ['dc=example,dc=org', 'ou=nowhere,dc=example,dc=org', 'uid=user1,ou=people,dc=example,dc=org', 'CN=Jane_Doe,OU=Staff,DC=corp,DC=local', 'cn=users,cn=good,cn=sysdb', 'cn=admin,dc=example,dc=org:', 'O=Acme,C=GB,CN=x'])
      expect(isDistinguishedName(token), token).toBe(true);
    // One relative name, other keys, no naming type, a multi-valued or escaped name, an empty value.
    for (const token of ['cn=admin', 'uid=0,euid=0', 'user=a,db=b', 'o=Acme,c=GB', 'uid=1001,', 'cn=a+sn=b,dc=org', 'cn=a\\,b,dc=org', 'cn=,dc=org', 'dc=example dc=org', 'cn=x,dc=y,foo'])
      expect(isDistinguishedName(token), token).toBe(false);
  });

  it('makes one statement of one format whatever entry its DN names', () => {
    const ids = signatures('sssd', [
      '(2026-12-07  7:30:46): [be[good]] [ldap_get_sudo_options] (0x0200): Option ldap_sudo_search_base set to dc=example,dc=org',
      '(2026-12-07  7:30:53): [be[badbase]] [ldap_get_sudo_options] (0x0200): Option ldap_sudo_search_base set to ou=nowhere,dc=example,dc=org',
      '(2026-12-07  7:30:53): [be[other]] [ldap_get_sudo_options] (0x0200): Option ldap_sudo_search_base set to cn=sudoers,ou=apps,dc=corp,dc=local',
    ]);
    expect(new Set(ids).size).toBe(1);
  });

  it('near misses: other key pairs keep their keys, and two statements about entries stay two', () => {
    // `uid=<*>,euid=<*>`-like pairs are a process's ids, each key the statement's own.
    const ids = signatures('p', ['spawned helper uid=0,euid=0 for request', 'spawned helper gid=0,egid=0 for request']);
    expect(ids[0]).not.toBe(ids[1]);
    // A single relative name is a `key=value` pair as before: its key stays.
    const single = signatures('p', ['bind as cn=admin refused', 'bind as uid=admin refused']);
    expect(single[0]).not.toBe(single[1]);
    // The DN is a value, not the statement: the words around it still tell statements apart.
    const two = signatures('slapd', ['entry uid=alice,ou=people,dc=example,dc=org added', 'entry uid=alice,ou=people,dc=example,dc=org deleted']);
    expect(two[0]).not.toBe(two[1]);
  });

  it("real: sssd's sudo and autofs `Option %s set to %s` are one signature each", () => {
    const rows = loadServerLog('sssd.ndjson');
    const ids = signatures('sssd', rows.map((r) => r.body));
    for (const label of ['ldap_get_sudo_options: Option %s set to %s', 'ldap_get_autofs_options: Option %s set to %s']) {
      const held = new Set(ids.filter((_, i) => rows[i].group === label));
      expect(held.size, label).toBe(1);
      const [id] = held;
      expect(new Set(rows.filter((_, i) => ids[i] === id).map((r) => r.group)), label).toEqual(new Set([label]));
    }
  });
});
