// SELinux's AVC record read with its permissions and the audited object's fields as one value
// (src/core/fingerprint/lsm-audit-record.ts). Lines as os-logs-src/linux.txt and android.txt list
// them, each with its thread; the near misses' sources beside them.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withLsmAuditFieldsAsValue } from '../../../src/core/fingerprint/lsm-audit-record.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'linux-syslog', body, severityText: 'ERROR' })));
}

describe("SELinux's AVC record", () => {
  it('is one signature whatever permission it names and whichever object fields it carries', () => {
    const s = signatures([
      // praiskup/resalloc#163, journald: pid, comm, name, dev, ino
      'Aug 20 15:59:02 copr-be.aws.fedoraproject.org audit[88244]: AVC avc:  denied  { read } for  pid=88244 comm="cgi-resalloc" name="possible" dev="sysfs" ino=9159 scontext=system_u:system_r:httpd_sys_script_t:s0 tcontext=system_u:object_r:sysfs_t:s0 tclass=file permissive=0',
      // SELinuxProject/refpolicy#626, auditd: path in place of name
      'node=localhost type=AVC msg=audit(1689384764.155:53945): avc:  denied  { getattr } for  pid=5125 comm="login" path="/run/motd" dev="tmpfs" ino=1574 scontext=system_u:system_r:local_login_t:s0 tcontext=system_u:object_r:pam_motd_runtime_t:s0 tclass=file permissive=0',
      // burzumishi/linux-baytrail-flexx10#12, dmesg: an ioctl's command too
      '[   79.640698] type=1400 audit(1492699690.437:710): avc: denied { ioctl } for pid=3370 comm="RenderThread" path="/dev/dri/card0" dev="tmpfs" ino=1622 ioctlcmd=0x645d scontext=u:r:platform_app:s0:c512,c768 tcontext=u:object_r:device:s0 tclass=chr_file permissive=1',
      // cm-3470/android_device_samsung_kminilte#21, logcat's copy without the pid: comm alone
      'type=1400 audit(0.0:279): avc: denied { call } for comm=4173796E635461736B202332 scontext=u:r:system_app:s0 tcontext=u:r:netd:s0 tclass=binder permissive=1',
    ]);
    expect(new Set(s).size).toBe(1);
  });

  it("keeps a userspace object manager's record apart: its fields are its own, not the kernel's", () => {
    const [kernel, servicemanager] = signatures([
      'type=1400 audit(0.0:279): avc: denied { call } for comm=4173796E635461736B202332 scontext=u:r:system_app:s0 tcontext=u:r:netd:s0 tclass=binder permissive=1',
      // cm-3470/android_device_samsung_kminilte#21: Android's servicemanager through libselinux
      'avc:  denied  { find } for service=netd pid=9904 uid=1000 scontext=u:r:system_app:s0 tcontext=u:object_r:netd_service:s0 tclass=service_manager permissive=1',
    ]);
    expect(servicemanager).not.toBe(kernel);
  });

  it('keeps a granted access apart from a denied one', () => {
    const [granted, denied] = signatures([
      // LKML, Valdis Kletnieks, "Re: 2.6.17-mm2 hrtimer code wedges at boot?" (27 Jun 2006), its header cut
      'avc:  granted  { load_policy } for  pid=1 comm="init" scontext=system_u:system_r:kernel_t:s0 tcontext=system_u:object_r:security_t:s0 tclass=security',
      'avc:  denied  { load_policy } for  pid=1 comm="init" scontext=system_u:system_r:kernel_t:s0 tcontext=system_u:object_r:security_t:s0 tclass=security',
    ]);
    expect(granted).not.toBe(denied);
  });

  it('leaves other records of key=value fields as they are', () => {
    const out = ['sshd:', 'authentication', 'failure;', 'logname=<*>', 'uid=<*>', 'rhost=<*>', 'user=<*>'];
    expect(withLsmAuditFieldsAsValue(out)).toBe(out);
    // An AVC without the closing contexts (cut) keeps its fields.
    const cut = ['avc:', 'denied', '{', 'read', '}', 'for', 'pid=<*>', 'comm=<*>'];
    expect(withLsmAuditFieldsAsValue(cut)).toBe(cut);
  });
});
