// A Linux security module's audit record: one statement whose fields vary with the object audited.
//
// SELinux and AppArmor report an access decision through the kernel's common_lsm_audit
// (security/lsm_audit.c): the module's own opening, then the fields of the audited object, which
// depend on its kind (a path's `path=`, a dentry's `name=`, an inode's `dev=` and `ino=`, an
// ioctl's `ioctlcmd=`, a task's `pid=` and `comm=`, present or not), then the module's closing.
// SELinux opens with `avc:  denied  {` and the permissions asked for, `} for `, and closes with
// `scontext=… tcontext=… tclass=… permissive=…` (security/selinux/avc.c
// avc_audit_pre_callback / avc_audit_post_callback); AppArmor opens with `apparmor="DENIED"
// operation="…"` and, where they apply, `class=`, `info=`, `profile=`, `name=`, then its
// operation's own fields (`requested_mask=`, `capability=`, `peer=`; security/apparmor/audit.c
// audit_pre and each operation's callback). Read field by field, the same denial was a signature
// per permission and per set of fields present (the os-logs corpus: SELinux's AVC 8 signatures
// for 24 lines, AppArmor's 6 for 13).
//
// Here the permissions and the object's fields after `for` are one value, the decision word
// (`denied` / `granted`) and the closing fields kept. Only where every field after `for` is one
// lsm_audit.c writes (dump_common_audit_data: `pid=`, `comm=`, `path=`, `name=`, `dev=`, `ino=`,
// `ioctlcmd=`, a socket's addresses and ports, `netif=`, `key=`, `capability=`…): a userspace
// object manager audits through libselinux with fields of its own (Android's servicemanager
// `avc:  denied  { find } for service=netd pid=… uid=…`, dbus's `msgtype=… interface=…`), another
// program's statement. A line of other `key=value` fields whose keys vary keeps them as its own
// (an application's or PAM's records, where a field present or not is another statement:
// Loghub's Linux `authentication failure; … rhost=<*>` and `… rhost=<*> user=<*>`).
//
// AppArmor's records are not read so: its decision (`apparmor="DENIED"`, `"STATUS"` for a
// profile's load) is quoted, and quoted values are masked before the tokens are read, so a
// denial and a profile load could not be told apart.
import { WILDCARD } from './template-tokens.js';

const AVC = 'avc:';
const AVC_DECISIONS = new Set(['denied', 'granted']);
// The object's fields as the kernel's common_lsm_audit writes them (security/lsm_audit.c).
const LSM_AUDIT_FIELDS = new Set([
  'pid', 'comm', 'capability', 'path', 'dev', 'ino', 'name', 'ioctlcmd', 'laddr', 'lport', 'faddr', 'fport',
  'saddr', 'src', 'daddr', 'dest', 'netif', 'key', 'key_desc', 'lockdown_reason', 'subnet_prefix', 'pkey',
  'device', 'port', 'anonclass', 'opid', 'ocomm',
]);
const FIELD_KEY = /^([a-z_]{1,24})=/;
// Where the closing fields start (avc_audit_post_callback).
const CLOSING = 'scontext=';

/**
 * `out` (the line's tokens as read) with a SELinux AVC record's permissions and object fields as
 * one value (see above); `out` itself otherwise.
 */
export function withLsmAuditFieldsAsValue(out: string[]): string[] {
  const avc = out.indexOf(AVC);
  if (avc < 0 || !AVC_DECISIONS.has(out[avc + 1]) || out[avc + 2] !== '{') return out;
  const close = out.indexOf('}', avc + 3);
  if (close < avc + 4 || out[close + 1] !== 'for') return out;
  const closing = out.findIndex((t, k) => k > close + 1 && t.startsWith(CLOSING));
  if (closing < close + 3) return out;
  for (let k = close + 2; k < closing; k++) {
    const key = FIELD_KEY.exec(out[k]);
    if (!key || !LSM_AUDIT_FIELDS.has(key[1])) return out;
  }
  return [...out.slice(0, avc + 3), WILDCARD, '}', 'for', WILDCARD, ...out.slice(closing)];
}
