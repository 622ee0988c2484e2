// Symfony's EnvNotFoundException, `Environment variable not found: "MAILER_DSN".`, names a
// variable the configuration reads: code, not data (code-in-message.ts). Service factories are
// closures PHP prints alike (`App\Container\{closure}()`), each calling one env helper, so the
// mailer's and the queue's missing variables were one signature.
// Real PHP 8.2 runs: programs/php-bugs-7 (the mailer factory reached directly and through the
// newsletter service, the queue factory; two releases). Other wordings from issue threads:
// mautic/mautic#8801 (`Environment variable not found: "MAUTIC_MAILER_ENCRYPTION".`),
// symfony/recipes#1205 and Juju075/snowtricks#19 (`… "MAILER_DSN".`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { codeNamedByMessage } from '../../../src/core/fingerprint/code-in-message.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; release: string; type: string; message: string; stacktrace: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/php-bugs-7.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe("Symfony's missing environment variable names the variable", () => {
  it('tells two factories missing two variables apart, each one across callers and releases', () => {
    const picked = rows.filter((r) => r.message.startsWith('Environment variable not found'));
    expect(new Set(picked.map((r) => r.failure)).size).toBe(2);
    const fp = createFingerprinter();
    const results = picked.map((r) => ({ ...r, result: fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'php' }) }));
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
  });

  it("reads Symfony's wording only, from its EnvNotFoundException", () => {
    expect(codeNamedByMessage('Symfony\\Component\\DependencyInjection\\Exception\\EnvNotFoundException', 'Environment variable not found: "MAUTIC_MAILER_ENCRYPTION".')).toBe('environment variable MAUTIC_MAILER_ENCRYPTION');
    expect(codeNamedByMessage('Symfony\\Component\\DependencyInjection\\Exception\\EnvNotFoundException', 'Environment variable not found: "MAILER_DSN".')).toBe('environment variable MAILER_DSN');
    // Near misses: the same words from another type (an application's own), a message that goes
    // on, and another exception of the container (a parameter, not read).
    expect(codeNamedByMessage('RuntimeException', 'Environment variable not found: "MAILER_DSN".')).toBeUndefined();
    expect(codeNamedByMessage('EnvNotFoundException', 'Environment variable not found: "MAILER_DSN". Did you mean "MAILER_URL"?')).toBeUndefined();
    expect(codeNamedByMessage('ParameterNotFoundException', 'You have requested a non-existent parameter "mailer.dsn".')).toBeUndefined();
  });
});
