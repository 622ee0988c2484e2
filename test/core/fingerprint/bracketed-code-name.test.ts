// A name in square brackets after a word for a kind of code object (`component: [x]`, `View [x]`)
// in an exception's message is the code's name for what failed (src/core/fingerprint/
// bracketed-code-name.ts). Found in threads-19 (issue-thread-traces-19.test.ts): Livewire's
// `Unable to find component: [...]` for two laravel-modules-livewire components, both pages with
// no location, was one signature, the bracketed name masked as a value.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces } from './thread-traces.js';

const row = (source: string) => loadThreadTraces('threads-19', 'php').find((r) => r.source.endsWith(source))!;
const fingerprintOf = (fp: ReturnType<typeof createFingerprinter>, r: { type?: string; message?: string; stacktrace?: string }) =>
  fp.fingerprint({ source: 'span', service: 'web', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe('bracketed code object names in exception messages', () => {
  it('real: two components Livewire could not find are two signatures (mhmiton/laravel-modules-livewire#65, #15)', () => {
    const fp = createFingerprinter();
    const create = fingerprintOf(fp, row('laravel-modules-livewire/issues/65'));
    const table = fingerprintOf(fp, row('laravel-modules-livewire/issues/15'));
    expect(create.message).toBe('Unable to find component: [modules.test.livewire.create]');
    expect(table.fingerprint).not.toBe(create.fingerprint);
    // The same component not found again is the same signature.
    expect(fingerprintOf(fp, row('laravel-modules-livewire/issues/65')).fingerprint).toBe(create.fingerprint);
  });

  it("Laravel's own lookups: two views, two routes are two signatures", () => {
    const fp = createFingerprinter();
    const msg = (type: string, message: string) => fingerprintOf(fp, { type, message }).fingerprint;
    expect(msg('InvalidArgumentException', 'View [welcome] not found.')).not.toBe(msg('InvalidArgumentException', 'View [auth.login] not found.'));
    expect(msg('Symfony\\Component\\Routing\\Exception\\RouteNotFoundException', 'Route [login] not defined.'))
      .not.toBe(msg('Symfony\\Component\\Routing\\Exception\\RouteNotFoundException', 'Route [dashboard] not defined.'));
  });

  it('near misses: a bracketed value after any other word, or a bracket that is no name, stays a value', () => {
    const fp = createFingerprinter();
    const msg = (message: string) => fingerprintOf(fp, { type: 'RuntimeException', message }).fingerprint;
    expect(msg('Unable to find user: [bob]')).toBe(msg('Unable to find user: [alice]'));
    expect(msg('Unable to find component: [42]')).toBe(msg('Unable to find component: [97]'));
    expect(msg('Invalid payload [a1b2c3] for order')).toBe(msg('Invalid payload [ffe0aa] for order'));
  });
});
