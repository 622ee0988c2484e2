// The Linux audit subsystem's record header, which the same record carries in a different form
// on each way it reaches a log: the kernel's printk of it (`audit: type=1400
// audit(1511322217.267:80): `, in dmesg and syslog), auditd's audit.log and audisp-syslog (`node=h
// type=AVC msg=audit(1689384764.155:53945): `, auditd.conf(5)'s name_format), journald's
// (`audit[88244]: AVC `, the record's type as a word), and Android's logcat, under the tag of the
// process the record is about (`type=1400 audit(0.0:284): `). The header says which record, when
// and on which node; the record's own text (SELinux's `avc:  denied  { read } for …`, AppArmor's
// `apparmor="DENIED" operation="open" …`) is the statement. Unread, one denial was a signature
// per transport (the os-logs corpus: the AVC under five headers, AppArmor's under three).
// Only a header of a record of the access-control kinds goes (type 1400 = AVC, 1107 =
// USER_AVC, per linux/audit.h; `AVC`/`USER_AVC` by name): other records keep their type, which
// names what they record (`SYSCALL`, `USER_LOGIN`).
const AUDIT_RECORD_HEADER =
  /^(?:[^\s:]{1,64}: )?(?:audit: )?(?:node=\S{1,255} )?type=(?:1400|1107|AVC|USER_AVC) (?:msg=)?audit\(\d{1,12}\.\d{1,3}:\d{1,12}\): ?/;
const JOURNALD_AUDIT_RECORD = /^audit: (?:AVC|USER_AVC) (?=avc: |apparmor=)/;

/** `text` without an access-control audit record's header (see above): the record's own text. */
export function withoutAuditRecordHeader(text: string): string {
  const m = AUDIT_RECORD_HEADER.exec(text) ?? JOURNALD_AUDIT_RECORD.exec(text);
  return m ? text.slice(m[0].length) : text;
}

// auditd's `msg=audit(<time>:<serial>):` is the record's stamp, not a message: a logfmt reader
// that took it for `msg` made every record of audit.log one message, `audit(<float>:<int>):`.
const AUDIT_STAMP = /^audit\(\d{1,12}\.\d{1,3}:\d{1,12}\):?$/;

/** Whether a logfmt `msg` value is an audit record's stamp (see above) rather than its message. */
export function isAuditRecordStamp(value: string): boolean {
  return AUDIT_STAMP.test(value);
}
