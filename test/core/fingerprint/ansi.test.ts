// Terminal colour codes in log bodies (src/core/fingerprint/ansi.ts): gin writes its recovery
// records in red whatever its output is, logrus colours its level on a terminal.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutAnsi } from '../../../src/core/fingerprint/ansi.js';

describe('terminal colour codes', () => {
  it('are removed, and nothing else is', () => {
    expect(withoutAnsi('\x1b[31mERRO\x1b[0m[0043] Handler failed')).toBe('ERRO[0043] Handler failed');
    expect(withoutAnsi('\x1b[1;33mwarn\x1b[m done')).toBe('warn done');
    expect(withoutAnsi('plain [0043] line')).toBe('plain [0043] line');
  });

  it('a coloured line and the same line plain are one signature', () => {
    const fp = createFingerprinter();
    const f = (body: string) => fp.fingerprint({ source: 'log', service: 'dockerd', body, severityText: 'ERROR' }).fingerprint;
    expect(f('\x1b[31mERRO\x1b[0m[0043] Handler for POST /containers/create returned error: Could not get container for riak01')).toBe(
      f('ERRO[0051] Handler for POST /containers/create returned error: Could not get container for riak02'),
    );
  });
});
