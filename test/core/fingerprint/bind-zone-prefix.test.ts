// A BIND zone's prefix is one value under each form dns_zone_logv writes (bind-zone-prefix.ts).
// Real lines: BIND 9.18's named from its start (programs/bind9, server-logs.test.ts), where
// zone_postload's `loaded serial %u` under `managed-keys-zone: ` and under `zone example.test/IN: `
// were two signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withBindZoneNamed } from '../../../src/core/fingerprint/bind-zone-prefix.js';

describe("a BIND zone's prefix", () => {
  it('a managed-keys zone, a dotted zone, a one-label zone and the root load as one statement', () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'named', body }).fingerprint;
    const loaded = t('05-Dec-2026 02:00:57.640 zone example.test/IN: loaded serial 1');
    expect(t('05-Dec-2026 02:00:57.640 managed-keys-zone: loaded serial 0')).toBe(loaded);
    expect(t('05-Dec-2026 02:00:57.641 zone localhost/IN: loaded serial 2')).toBe(loaded);
    expect(t('05-Dec-2026 02:00:57.642 zone ./IN/internal: loaded serial 2026120501')).toBe(loaded);
    expect(t('05-Dec-2026 02:00:57.643 redirect-zone: loaded serial 7')).toBe(loaded);
    // another statement about a zone stays its own
    expect(t('05-Dec-2026 02:00:57.640 zone missing.test/IN: not loaded due to errors.')).not.toBe(loaded);
  });

  it('near misses: zone words that open no prefix stay as written', () => {
    for (const line of [
      '05-Dec-2026 02:00:57.640 all zones loaded',
      "client @0x7f5fc14fd898 127.0.0.1#33747 (example.test): zone transfer 'example.test/AXFR/IN' denied",
      'sizing zone task pool based on 5 zones',
      'set up managed keys zone for view _default, file \'managed-keys.bind\'',
      'zone example.test/XX: odd class',
    ]) expect(withBindZoneNamed(line)).toBe(line);
  });
});
