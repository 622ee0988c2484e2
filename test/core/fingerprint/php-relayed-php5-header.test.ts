// PHP 5's uncaught header, `Uncaught exception 'Type' with message '…' in file:line`, as nginx
// quotes php-fpm's output (`FastCGI sent in stderr: "PHP message: PHP Fatal error:  Uncaught
// exception '…' with message '…' in …`): the quoted header is PHP 5's form, read before the
// general one, which took the quote's own `PHP message` for an exception type called `message`
// (stacktrace/php.ts relayedHeader). Found in threads-14 (issue-thread-traces-14.test.ts): Symfony
// 2.8.10's synthetic `request` service (symfony/symfony#19770 through nginx, #19857 through
// Apache's error log) was two signatures, the nginx one known by the whole quoted line.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces, type ThreadTrace } from './thread-traces.js';

const rows = loadThreadTraces('threads-14', 'php');
const bySource = (suffix: string): ThreadTrace => rows.find((r) => r.source.endsWith(suffix))!;
const viaNginx = () => bySource('symfony/symfony/issues/19770');
const viaApache = () => bySource('symfony/symfony/issues/19857');
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe("PHP 5's uncaught header quoted by nginx", () => {
  it('real: the type and message are the exception\'s, its throw site frame #0\'s', () => {
    const e = parseStacktrace(viaNginx().stacktrace!).exceptions[0];
    expect(e.type).toBe('Symfony\\Component\\DependencyInjection\\Exception\\RuntimeException');
    expect(e.message).toBe('You have requested a synthetic service ("request"). The DIC does not know how to construct this service.');
    expect(e.frames[0]).toMatchObject({ function: 'getRequestService', file: '/path_to/app/cache/prod/appProdProjectContainer.php', line: 1961 });
  });

  it('real: the same failure through nginx and through Apache is one signature', () => {
    expect(fingerprintOf(viaNginx()).fingerprint).toBe(fingerprintOf(viaApache()).fingerprint);
  });

  it('real: another nginx-quoted PHP 5 header (symfony/symfony#18189) reads its own type and message', () => {
    const e = parseStacktrace(bySource('symfony/symfony/issues/18189').stacktrace!).exceptions[0];
    expect(e.type).toBe('Symfony\\Component\\DependencyInjection\\Exception\\ServiceNotFoundException');
    expect(e.message).toContain('"da.client.connector"');
  });

  it("near miss: PHP 7's header quoted by nginx is read as before (plausible/wordpress#175, threads-13)", () => {
    const plausible = loadThreadTraces('threads-13', 'php').find((r) => r.source.endsWith('plausible/wordpress/issues/175'))!;
    expect(parseStacktrace(plausible.stacktrace!).exceptions[0]).toMatchObject({ type: 'TypeError', message: 'in_array(): Argument #2 ($haystack) must be of type array, string given' });
  });
});
