// A PCI device's address as Linux names it (pci_name(): domain, bus, device and function in hex,
// `0000:c5:00.0`) is one value: kernel drivers write it before each message (dev_err's
// `amdgpu 0000:c5:00.0: amdgpu: …`), and masked in pieces it was `<int>:c5:<float>` where the bus
// held a hex letter and `<int>:<int>:<float>` where not, so one driver statement was two templates
// by the slot the card sat in (the os-logs corpus' amdgpu and pcieport lines, os-logs.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';

describe("a PCI device's address", () => {
  it('is one value whatever digits its bus holds', () => {
    const fp = createFingerprinter();
    const sig = (body: string) => fp.fingerprint({ source: 'log', service: 'kernel', body, severityText: 'ERROR' }).fingerprint;
    expect(new Set(['amdgpu 0000:c5:00.0: amdgpu: GPU reset begin!', 'amdgpu 0000:03:00.0: amdgpu: GPU reset begin!', 'amdgpu 0000:0a:00.0: amdgpu: GPU reset begin!'].map(sig)).size).toBe(1);
  });

  it.each([
    // A time with its fraction (`12:30:45.5`) and a MAC address are what they were.
    ['at 12:30:45.5 the link went down', '<pci>'],
    ['from 00:11:43:e3:ba:c3 via eth1', '<pci>'],
    // Longer colon groups are an IPv6 address's, not a PCI address.
    ['from fe80:0000:c5:00.0 dropped', '<pci>'],
  ])('leaves %s alone', (line, placeholder) => {
    expect(parameterize(line, true)).not.toContain(placeholder);
  });
});
