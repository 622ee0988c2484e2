// An uncaught PHP throwable as Whoops' error page copies it (whoops-copied-exception.ts): the class
// and message, then `Stacktrace:` and frames numbered down to #0, the first the exception at its
// throw site. Found in threads-32 (issue-thread-traces-32.test.ts): a Kirby plugin's failed
// require copied from the page had no frame and was keyed by its whole text.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { whoopsCopiedException } from '../../../src/core/fingerprint/whoops-copied-exception.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-32', 'php');
const row = (source: string) => rows.find((r) => r.source === source)!;
const sig = (input: { type?: string; message?: string; stacktrace?: string }) => createFingerprinter().fingerprint({ source: 'span', service: 'app', ...input });

const page = (type: string, message: string, throwSite: string, caller: string) =>
  `${type} thrown with message "${message}"\n\nStacktrace:\n#3 ${type} in ${throwSite}\n#2 App\\Orders\\Repository:find in ${caller}\n#1 App\\Http\\OrderController:show in /srv/shop/vendor/slim/slim/Slim/Handlers/Strategies/RequestResponse.php:43\n#0 Slim\\App:run in /srv/shop/public/index.php:12\n`;

describe('an uncaught PHP throwable copied from Whoops\' page', () => {
  it('real: read as the class and message thrown at its first frame\'s place, the calls under it as PHP\'s frames (kirby-uniform#251)', () => {
    const text = whoopsCopiedException(row('https://github.com/mzur/kirby-uniform/pull/251').stacktrace!)!;
    expect(text.split('\n').slice(0, 3)).toEqual([
      "Error: Failed opening required '/Users/mike/Dropbox/boilerplate/site/plugins/kirby-uniform/vendor/composer/../myclabs/deep-copy/src/DeepCopy/deep_copy.php' (include_path='.:/Applications/MAMP/bin/php/php8.1.0/lib/php') in /Users/mike/Dropbox/boilerplate/site/plugins/kirby-uniform/vendor/composer/autoload_real.php:53",
      'Stack trace:',
      '#0 /Users/mike/Dropbox/boilerplate/site/plugins/kirby-uniform/vendor/composer/autoload_real.php(36): composerRequire979ccd9ac382cfbe433fc1293b41c6ce()',
    ]);
    expect(text).toContain('#1 /Users/mike/Dropbox/boilerplate/site/plugins/kirby-uniform/vendor/autoload.php(12): ComposerAutoloaderInit979ccd9ac382cfbe433fc1293b41c6ce->getLoader()');
    const read = sig(row('https://github.com/mzur/kirby-uniform/pull/251'));
    expect(read.type).toBe('Error');
    expect(read.message).toBe('Failed opening required <*> (include_path=<quoted>)');
  });

  it('keys the throw site\'s function: two throw sites are two signatures, one site reached by two releases one', () => {
    const here = sig({ stacktrace: page('Error', 'Call to a member function total() on null', '/srv/shop/src/Orders/Repository.php:88', '/srv/shop/src/Http/OrderController.php:31') });
    const moved = sig({ stacktrace: page('Error', 'Call to a member function total() on null', '/srv/shop/src/Orders/Repository.php:91', '/srv/shop/src/Http/OrderController.php:33') });
    const other = sig({ stacktrace: page('Error', 'Call to a member function total() on null', '/srv/shop/src/Invoices/Ledger.php:88', '/srv/shop/src/Http/OrderController.php:31').replace('App\\Orders\\Repository:find', 'App\\Invoices\\Ledger:sum') });
    expect(here.culprit).toContain('App\\Orders\\Repository');
    expect(moved.fingerprint).toBe(here.fingerprint);
    expect(other.fingerprint).not.toBe(here.fingerprint);
  });

  it('near miss: a sentence with `thrown with message`, or a list whose first frame is not the exception, is no page', () => {
    expect(whoopsCopiedException('The job failed: RuntimeException thrown with message "disk full" while saving')).toBeUndefined();
    expect(whoopsCopiedException('Error thrown with message "boom"\n\nStacktrace:\n#1 App\\Orders\\Repository:find in /srv/a.php:3\n#0 main in /srv/index.php:2')).toBeUndefined();
  });
});
