// `provider: <name>` labels the name of what follows it, as `server:` and `service:` do
// (template-tokens.ts NAMING). DISM writes one line before and one after loading each of its
// providers (https://github.com/microsoft/WSL/issues/8667, issue-thread-logs-3.ndjson): read as
// words, the provider's name made each provider's line its own signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

const fingerprinter = () => {
  const fp = createFingerprinter();
  return (body: string) => fp.fingerprint({ source: 'log', service: 'windows-servicing', body, severityText: 'ERROR' }).fingerprint;
};

describe('a name after `provider:`', () => {
  it('is a value of the line', () => {
    const f = fingerprinter();
    const attempting = ['SmiManager', 'AppxManager', 'ProvManager', 'AssocManager', 'GenericManager', 'OfflineSetupManager']
      .map((p) => f(`2022-07-30 12:49:57, Info                  DISM   DISM.EXE: Attempting to add the commands from provider: ${p}`));
    expect(new Set(attempting).size).toBe(1);
    const registered = ['AppxManager', 'ProvManager', 'AssocManager', 'GenericManager']
      .map((p) => f(`DISM.EXE: Succesfully registered commands for the provider: ${p}.`));
    expect(new Set(registered).size).toBe(1);
  });

  it('near misses: without its colon `provider` is a word, and the two statements stay apart', () => {
    const f = fingerprinter();
    expect(f('DISM.EXE: Attempting to add the commands from provider: AppxManager')).not.toBe(f('DISM.EXE: Succesfully registered commands for the provider: AppxManager.'));
    expect(f('storage provider failed to mount the volume')).not.toBe(f('storage provider refused to mount the volume'));
  });
});
