// A C daemon's debug header, `[<process>] [<function>] (<level>):` (debug-level-header.ts): found in
// SSSD 2.8.2 (programs/sssd, server-logs-58.test.ts), whose records name the function each DEBUG
// call is in: one text in two functions was one signature on main, and one statement written by
// the monitor (`[sssd]`) and by a backend (`[be[good]]`) was two.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { differentDebugHeaderFunctions, isDebugHeaderFunction, isDebugHeaderProcess } from '../../../src/core/fingerprint/debug-level-header.js';
import { resolveAliases } from '../../helpers/loghub.js';

const signatures = (service: string, bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};

describe('a debug header, [process] [function] (level):', () => {
  it('is a bracketed identifier right before a parenthesised hex level and a colon, the process the bracket before it', () => {
    expect(isDebugHeaderFunction(['[sssd]', '[confdb_get_domains]', '(<hex>):'], 1)).toBe(true);
    expect(isDebugHeaderFunction(['[confdb_get_domains]', '(0x0010):'], 0)).toBe(true);
    expect(isDebugHeaderProcess(['[be[good]]', '[dp_target_init]', '(<hex>):'], 0)).toBe(true);
    // near misses: no hex level after it, a level that is no hex mask, a bracket holding more than an identifier
    expect(isDebugHeaderFunction(['Terminating', '[good][3302]'], 1)).toBe(false);
    expect(isDebugHeaderFunction(['[main]', '(42):'], 0)).toBe(false);
    expect(isDebugHeaderFunction(['[main]', '(<hex>)'], 0)).toBe(false);
    expect(isDebugHeaderFunction(['[a', 'b]', '(<hex>):'], 1)).toBe(false);
    expect(isDebugHeaderFunction(['[rule/allowed_nss_options]:', 'Attribute'], 0)).toBe(false);
    expect(isDebugHeaderProcess(['[sssd]', '[good]', 'exited'], 0)).toBe(false);
    expect(differentDebugHeaderFunctions('[confdb_get_domains]', '[confdb_expand_app_domains]', '(<hex>):', '(<hex>):')).toBe(true);
    expect(differentDebugHeaderFunctions('[confdb_get_domains]', '[confdb_get_domains]', '(<hex>):', '(<hex>):')).toBe(false);
    expect(differentDebugHeaderFunctions('[good]', '[down]', 'exited', 'exited')).toBe(false);
  });

  it('keeps one text logged in two functions apart (sssd 2.8.2: confdb_get_domains and confdb_expand_app_domains; two connect steps)', () => {
    const ids = signatures('s', [
      '[sssd] [confdb_get_domains] (0x0010): No domains configured, fatal error!',
      '[sssd] [confdb_expand_app_domains] (0x0010): No domains configured, fatal error!',
      '(2026-12-07  7:30:52): [be[down]] [sssd_async_socket_init_done] (0x0020): [RID#3] sdap_async_sys_connect request failed: [111]: Connection refused.',
      '(2026-12-07  7:30:52): [be[down]] [sss_ldap_init_sys_connect_done] (0x0020): [RID#3] sssd_async_socket_init request failed: [111]: Connection refused.',
    ]);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[3]);
  });

  it('near misses: one function written by two processes is one statement; bracketed values in the message stay values', () => {
    const ids = signatures('s', [
      '(2026-12-07  7:30:33): [sssd] [sysdb_domain_init_internal] (0x0200): DB File for weird: /var/lib/sss/db/cache_weird.ldb',
      '(2026-12-07  7:30:40): [be[good]] [sysdb_domain_init_internal] (0x0200): DB File for weird: /var/lib/sss/db/cache_good.ldb',
      '(2026-12-07  7:30:46): [nss] [sysdb_domain_init_internal] (0x0200): DB File for weird: /var/lib/sss/db/cache_down.ldb',
      '(2026-12-07  7:30:39): [sssd] [monitor_quit] (0x3f7c0): Terminating [good][3302]',
      '(2026-12-07  7:30:45): [sssd] [monitor_quit] (0x3f7c0): Terminating [nss][3398]',
      '(2026-12-07  7:30:51): [sssd] [monitor_quit] (0x3f7c0): Terminating [pam][3608]',
    ]);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).toBe(ids[0]);
    expect(ids[4]).toBe(ids[3]);
    expect(ids[5]).toBe(ids[3]);
  });
});
