// The Linux audit record's header of an access-control record (audit-record-header.ts), and
// auditd's `msg=audit(…):` stamp, which a logfmt reader took for the record's message. Lines as
// os-logs-src/linux.txt lists them: https://github.com/diddlesnaps/openra/issues/2 (the kernel's
// printk through syslog), https://github.com/themadorg/madmail/pull/30 (journalctl, cut to the
// record), and auditd's AVC records of https://github.com/SELinuxProject/refpolicy/pull/626.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isAuditRecordStamp, withoutAuditRecordHeader } from '../../../src/core/fingerprint/audit-record-header.js';
import { messageOfBody } from '../../../src/core/fingerprint/log-body.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'linux-syslog', body, severityText: 'ERROR' })));
}

describe("an access-control audit record's header", () => {
  it.each([
    ['the kernel printk', 'kernel: audit: type=1400 audit(1511322225.079:81): apparmor="DENIED" operation="open"', 'apparmor="DENIED" operation="open"'],
    ['without the kernel tag', 'type=1400 audit(1769693389.177:44220): apparmor="DENIED" operation="open"', 'apparmor="DENIED" operation="open"'],
    ['auditd and audisp-syslog', 'audisp-syslog: node=localhost type=AVC msg=audit(1693533182.968:431): avc:  denied  { search }', 'avc:  denied  { search }'],
    ['journald', 'audit: AVC avc:  denied  { read } for  pid=88244', 'avc:  denied  { read } for  pid=88244'],
    ['logcat, under the blamed process', 'com.android.settings: type=1400 audit(0.0:284): avc: denied { call }', 'avc: denied { call }'],
  ])('goes: %s', (_name, text, record) => {
    expect(withoutAuditRecordHeader(text)).toBe(record);
  });

  it.each([
    // Other records keep their type: it names what they record.
    ['a SYSCALL record', 'type=SYSCALL msg=audit(1364481363.243:24287): arch=c000003e syscall=2 success=no'],
    ['a USER_LOGIN record', 'node=h type=USER_LOGIN msg=audit(1.2:3): pid=1 uid=0'],
    ['journald, another record type', 'audit: SYSCALL arch=c000003e syscall=2'],
    ['a word `type=` in a message', 'kernel: type=1400 is not an audit stamp'],
  ])('near miss: %s stays', (_name, text) => {
    expect(withoutAuditRecordHeader(text)).toBe(text);
  });

  it("auditd's msg=audit(…) is a stamp, a user-space record's msg='…' is not", () => {
    expect(isAuditRecordStamp('audit(1689384764.155:53945):')).toBe(true);
    expect(isAuditRecordStamp("'op=PAM:session_open acct=root'")).toBe(false);
    expect(messageOfBody('node=localhost type=AVC msg=audit(1689384764.155:53945): avc:  denied  { getattr } for  pid=5125 comm="login" path="/run/motd"').text).toContain('avc:');
    // A logfmt record's own msg is still its message.
    expect(messageOfBody('level=error msg="connection refused" addr=10.0.0.1').text).toBe('connection refused');
  });

  it("real: AppArmor's denial under the kernel's printk and under journalctl's cut record is one signature", () => {
    const ids = signatures([
      'Nov 22 03:43:45 ken kernel: [23408.736306] audit: type=1400 audit(1511322225.079:81): apparmor="DENIED" operation="open" profile="snap.openra.ra" name="/etc/openal/alsoft.conf" pid=20414 comm="mono-sgen" requested_mask="r" denied_mask="r" fsuid=1001 ouid=0',
      'type=1400 audit(1769693389.177:44220): apparmor="DENIED" operation="open" profile="dev.foxcpp.maddy" name="/etc/machine-id" pid=157111 comm="maddy" requested_mask="r" denied_mask="r" fsuid=987 ouid=0',
    ]);
    expect(new Set(ids).size).toBe(1);
  });

  it("real: auditd's AVC records are read as the record, not as one `audit(<float>:<int>):`", () => {
    // https://github.com/SELinuxProject/refpolicy/pull/626 (login's getattr and read of /run/motd).
    // Two denials of one statement (avc_audit's, lsm-audit-record.ts reads its permissions and
    // fields as one value: one signature since the sixth os-logs round); a record of another kind
    // stays apart, as it did when the stamp was every record's message.
    const fp = createFingerprinter();
    const results = [
      'node=localhost type=AVC msg=audit(1689384764.155:53945): avc:  denied  { getattr } for  pid=5125 comm="login" path="/run/motd" dev="tmpfs" ino=1574 scontext=system_u:system_r:local_login_t:s0 tcontext=system_u:object_r:pam_motd_runtime_t:s0 tclass=file permissive=1',
      'node=localhost type=AVC msg=audit(1689384764.155:53946): avc:  denied  { read } for  pid=5125 comm="login" name="motd" dev="tmpfs" ino=1574 scontext=system_u:system_r:local_login_t:s0 tcontext=system_u:object_r:pam_motd_runtime_t:s0 tclass=file permissive=1',
      'type=1400 audit(1769693389.177:44220): apparmor="DENIED" operation="open" profile="dev.foxcpp.maddy" name="/etc/machine-id" pid=157111 comm="maddy" requested_mask="r" denied_mask="r" fsuid=987 ouid=0',
    ].map((body) => fp.fingerprint({ source: 'log', service: 'linux-syslog', body, severityText: 'ERROR' }));
    for (const r of results.slice(0, 2)) expect(r.message).toMatch(/^avc: denied \{/);
    expect(results[2].fingerprint).not.toBe(results[0].fingerprint);
  });
});
