// A driver's name repeated after its device prefix (dev_fmt, repeated-driver-name.ts): amdgpu of
// Linux 6.2 and later writes `amdgpu 0000:c5:00.0: amdgpu: …` where 6.1 wrote `amdgpu
// 0000:08:00.0: …`. Lines from https://github.com/pop-os/cosmic-comp/issues/2626 (6.8) and
// https://github.com/ROCm/legacy-rocm-build/issues/6273, https://github.com/pop-os/cosmic-epoch/issues/3764
// (6.x with dev_fmt), as os-logs-src/linux.txt lists them. Before: two signatures per statement.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutRepeatedDriverName } from '../../../src/core/fingerprint/repeated-driver-name.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'linux-syslog', body, severityText: 'ERROR' })));
}

describe("a driver's name repeated after its device", () => {
  it('goes, after the kernel tag or at the start', () => {
    expect(withoutRepeatedDriverName('kernel: amdgpu 0000:c5:00.0: amdgpu: GPU reset begin!')).toBe('kernel: amdgpu 0000:c5:00.0: GPU reset begin!');
    expect(withoutRepeatedDriverName('amdgpu 0000:33:00.0: amdgpu: MODE2 reset')).toBe('amdgpu 0000:33:00.0: MODE2 reset');
  });

  it.each([
    ['another subsystem after the device', 'kernel: usb 1-3: usbfs: USBDEVFS_CONTROL failed cmd blazer_usb rqt 33 rq 9 len 8 ret -110'],
    ['a device without a digit', 'kernel: amdgpu card: amdgpu: x'],
    ['the name repeated later in the message', 'kernel: amdgpu 0000:c5:00.0: reset amdgpu: done'],
    ['a program writing its name twice, no device', 'myapp: myapp: started'],
    ['a different driver name', 'kernel: nvme 0000:01:00.0: nvme0: x'],
  ])('near miss: %s stays', (_name, text) => {
    expect(withoutRepeatedDriverName(text)).toBe(text);
  });

  it('real: the same amdgpu statement with and without the repeated name is one signature', () => {
    const ids = signatures([
      'Jul 24 12:26:19 macross kernel: amdgpu 0000:08:00.0: amdgpu: GPU reset succeeded, trying to resume',
      '[  316.082456] amdgpu 0000:28:00.0: GPU reset succeeded, trying to resume',
      '[127035.492298] amdgpu 0000:c5:00.0: amdgpu: Ring gfx_0.0.0 reset failed',
      '[  312.774528] amdgpu 0000:28:00.0: Ring gfx_0.0.0 reset failed',
    ]);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    expect(ids[0]).not.toBe(ids[2]);
  });
});
