// A Windows path with spaces in its folders is one value (src/core/fingerprint/windows-path-spaces.ts).
// Windows Installer logs (`msiexec /l*v`) pasted in public threads, the source beside each.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { TemplateMiner } from '../../../src/core/fingerprint/miner.js';

function signatures(lines: string[]): string[] {
  const fp = createFingerprinter();
  return lines.map((body) => fp.fingerprint({ source: 'log', service: 'msiexec', body, severityText: 'ERROR' }).fingerprint);
}

describe('a Windows path with spaces', () => {
  it("groups Windows Installer's SECREPAIR line whether its path has spaces or not", () => {
    const s = signatures([
      // https://github.com/microsoft/winget-pkgs/pull/377528
      'MSI (s) (FC:F8) [02:39:28:967]: SECREPAIR: Failed to open the file:d:\\0678b19584e5de3e5f3756aa5bec58\\install.res.3082.dll for computing its hash. Error:2',
      // https://github.com/digitalcreations/MaxTo/issues/132
      'MSI (s) (EC:D4) [07:58:14:163]: SECREPAIR: Failed to open the file:C:\\Users\\cgoldstein\\AppData\\Roaming\\Digital Creations AS\\MaxTo 15.11.1\\install\\06EDEC1\\el\\MaxTo.resources.dll for computing its hash. Error:3',
      'MSI (s) (EC:D4) [07:58:14:163]: SECREPAIR: Failed to open the file:C:\\Users\\cgoldstein\\AppData\\Roaming\\Digital Creations AS\\MaxTo 15.11.1\\install\\06EDEC1\\ko\\MaxTo.resources.dll for computing its hash. Error:3',
      // https://github.com/microsoft/winget-pkgs/pull/357560
      'MSI (s) (B8:0C) [10:09:38:635]: SECREPAIR: Failed to open the file:d:\\515e2413dbf43a938eba\\globdata.ini for computing its hash. Error:2',
    ]);
    expect(new Set(s).size).toBe(1);
  });

  it('reads the folders after a space as the path, up to its file', () => {
    const miner = new TemplateMiner();
    // https://github.com/puppetlabs/pdk/issues/721
    expect(miner.tokens('1: RUBY_DIR is C:\\PROGRA~1\\Puppet Labs\\DevelopmentKit\\private\\ruby\\2.4.5')).toEqual(['<int>:', 'RUBY_DIR', 'is', '<path>']);
    // https://github.com/stevencohn/OneMore/issues/301: the path's last folder has a space, closing the line.
    const fp = createFingerprinter();
    const f = (body: string) => fp.fingerprint({ source: 'log', service: 'msiexec', body }).fingerprint;
    expect(f('MSI (c) (DC:C8) [11:09:15:184]: SHELL32::SHGetFolderPath returned: C:\\Users\\administrator\\AppData\\Roaming\\Microsoft\\Windows\\Network Shortcuts'))
      .toBe(f('MSI (c) (DC:C8) [11:09:15:184]: SHELL32::SHGetFolderPath returned: C:\\Users\\administrator\\Favorites'));
  });

  it('keeps the words after a path that state a condition or are grammar', () => {
    const miner = new TemplateMiner();
    // https://github.com/fluent/fluent-package-builder/issues/926: `with` is grammar, so the
    // folder `opt with space` is not read through (the guard's cost), and the words stay.
    expect(miner.tokens('WixQuietExec64:  "C:\\opt with space\\fluent\\fluentd.bat" --reg-winsvc i')).toContain('with');
  });
});
