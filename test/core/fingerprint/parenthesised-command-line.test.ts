// A command line in parentheses reads as its executable's path alone (src/core/fingerprint/parenthesised-command-line.ts).
// Real lines: libvirt 9.0's virCommandWait reporting the LVM tools it could not run for a
// logical pool (programs/libvirtd, server-logs-63.test.ts), `(/sbin/vgscan)` and `(/sbin/pvs
// --noheadings -o pv_name,vg_name)` one statement and one failure, two templates by word count.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { parenthesisedCommandLineEnd } from '../../../src/core/fingerprint/parenthesised-command-line.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';

const tokens = (line: string) => templateTokens(parameterize(line, true), 128);
const endOf = (line: string, at: number): number => parenthesisedCommandLineEnd(parameterize(line, true).split(/\s+/), at, 32);
const signatures = (bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'libvirtd', body })));
};

describe('a command line in parentheses', () => {
  it("libvirt's child processes that could not run are one signature, whatever their arguments", () => {
    const [vgscan, pvs, mount] = signatures([
      '2026-12-07 12:36:45.100+0000: 1100: error : virCommandWait:2725 : internal error: Child process (/sbin/vgscan) unexpected exit status 127: libvirt:  error : cannot execute binary /sbin/vgscan: No such file or directory',
      '2026-12-07 12:36:45.130+0000: 1100: error : virCommandWait:2725 : internal error: Child process (/sbin/pvs --noheadings -o pv_name,vg_name) unexpected exit status 127: libvirt:  error : cannot execute binary /sbin/pvs: No such file or directory',
      '2026-12-07 12:36:45.300+0000: 1101: error : virCommandWait:2725 : internal error: Child process (/bin/mount -o nodev,nosuid,noexec nfs.example.test:/export /srv/nfs) unexpected exit status 32: mount: /srv/nfs: mount point does not exist.\n       dmesg(1) may have more information after failed mount system call.',
    ]);
    expect(pvs).toBe(vgscan);
    expect(mount).not.toBe(vgscan);
  });

  it('near misses: a path followed by words, no parenthesis, another parenthesis first', () => {
    expect(endOf('Child process (/sbin/pvs --noheadings -o pv_name) unexpected', 2)).toBe(5);
    expect(endOf('cannot use (/srv/images is not a directory) here', 2)).toBe(-1);
    expect(endOf('ran /sbin/pvs --noheadings -o x) now', 1)).toBe(-1);
    expect(endOf('ran (/sbin/pvs --noheadings (nested) -o x) now', 1)).toBe(-1);
    expect(tokens('mounted (/srv/data) read-only')).toContain('(<path>)');
  });
});
