// A log line pasted inside Markdown inline code read without the span's backtick before its
// header (src/core/fingerprint/transport-header.ts withoutTransportHeader). Lines as
// os-logs-src/linux.txt lists them, each with its thread.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutTransportHeader } from '../../../src/core/fingerprint/transport-header.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'linux-syslog', body, severityText: 'ERROR' })));
}

describe('a log line opened by a Markdown code span', () => {
  it('reads as the same line pasted bare', () => {
    const [marked, bare] = signatures([
      // openwrt/openwrt#9305: the reporter's inline code opened before the first line
      '`[216151.642146] ------------[ cut here ]------------',
      // fanck0605/openwrt-ci#10
      '[35767.782967] ------------[ cut here ]------------',
    ]);
    expect(marked).toBe(bare);
    expect(withoutTransportHeader('`[216151.642146] ------------[ cut here ]------------')).toBe('kernel: ------------[ cut here ]------------');
    // A span closed on the same line.
    expect(withoutTransportHeader('`Mar 13 16:12:33 kube-node-1 kubelet[14501]: started`')).toBe('kubelet: started');
  });

  it('keeps a backtick that opens no header as the line has it', () => {
    // No header after the mark: the line's own text (a quoted command, a code name).
    expect(withoutTransportHeader('`make install` failed: permission denied')).toBe('`make install` failed: permission denied');
    // A fence opens a block, not a span: no part of the line.
    expect(withoutTransportHeader('```[  438.150000] Hardware name: ASpeed SoC')).toBe('```[  438.150000] Hardware name: ASpeed SoC');
  });
});
