// PHP's `new` of a class that cannot have instances throws Error `Cannot instantiate interface
// App\Contracts\PaymentGateway` (also `trait`, `abstract class`, `enum`): the class is the code's,
// so two of them at one crash site are two failures (code-in-message.ts). A container's one
// `new $concrete`, asked by two controllers for two interfaces nobody bound, was one signature.
// Real PHP 8.2 runs: programs/php-bugs-5 (CheckoutController::pay, NewsletterController::subscribe,
// two releases). Other wordings from issue threads: php-ds/ext-ds#83 (`Cannot instantiate
// interface Ds\Sequence`), cloudflare/Cloudflare-Magento#62 (`Cannot instantiate interface
// CF\Integration\ConfigInterface`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { codeNamedByMessage } from '../../../src/core/fingerprint/code-in-message.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; release: string; type: string; message: string; stacktrace: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/php-bugs-5.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe('a PHP `Cannot instantiate …` names the class', () => {
  it('tells two unbound interfaces at one container apart, each one across releases', () => {
    const picked = rows.filter((r) => r.message.startsWith('Cannot instantiate'));
    expect(new Set(picked.map((r) => r.failure)).size).toBe(2);
    const fp = createFingerprinter();
    const results = picked.map((r) => ({ ...r, result: fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'php' }) }));
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
  });

  it("reads the engine's wording only, from its Error", () => {
    expect(codeNamedByMessage('Error', 'Cannot instantiate interface Ds\\Sequence')).toBe('instance of interface Ds\\Sequence');
    expect(codeNamedByMessage('Error', 'Cannot instantiate interface CF\\Integration\\ConfigInterface')).toBe('instance of interface CF\\Integration\\ConfigInterface');
    expect(codeNamedByMessage('Error', 'Cannot instantiate abstract class App\\Models\\Model')).toBe('instance of abstract class App\\Models\\Model');
    // Near misses: an application's own exception in the same words, a message that goes on, and
    // a class that is not found (its name may be a value a request carried).
    expect(codeNamedByMessage('RuntimeException', 'Cannot instantiate interface Ds\\Sequence')).toBeUndefined();
    expect(codeNamedByMessage('Error', 'Cannot instantiate interface Ds\\Sequence, use Ds\\Vector')).toBeUndefined();
    expect(codeNamedByMessage('Error', 'Class "App\\Contracts\\Mailer" not found')).toBeUndefined();
  });
});
