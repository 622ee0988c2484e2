// A namespace's quoted name after the word `namespace` is a value (namespace-name.ts). Real lines:
// Debian 12's containerd 1.6.20's CRI plugin ignoring events of namespaces it does not serve
// (programs/containerd, server-logs-62.test.ts), one signature per namespace before.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe("a namespace's quoted name", () => {
  it("containerd's CRI lines for three namespaces are one signature per statement", () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'containerd', body }).fingerprint;
    const ignoring = ['default', 'team-a', 'team-b'].map((ns) => t(`time="2026-12-07T12:36:47.631888343Z" level=debug msg="Ignoring events in namespace - \\"${ns}\\""`));
    expect(new Set(ignoring).size).toBe(1);
    const received = ['default', 'team-a', 'team-b'].map((ns) => t(`time="2026-12-07T12:36:47.631848729Z" level=debug msg="Received containerd event timestamp - 2026-12-07 12:36:47.631444395 +0000 UTC, namespace - \\"${ns}\\", topic - \\"/images/create\\""`));
    expect(new Set(received).size).toBe(1);
    expect(tokens('namespaces "team-a" not found')).toContain('<name>');
  });

  it('near misses: unquoted, an identifier with an underscore, a PHP namespace, another word before the quote', () => {
    expect(tokens('namespace default is not empty')).toContain('default');
    expect(tokens('unknown namespace "tenant_acme"')).toContain('"tenant_acme"');
    expect(tokens('class not found in namespace "App\\Models"')).not.toContain('<name>');
    expect(tokens('Ignoring events in plane - "default"')).toContain('"default"');
  });
});
