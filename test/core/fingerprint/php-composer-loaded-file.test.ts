// A PHP throwable raised by the top-level code of a file Composer's autoloader loaded
// (composer-loaded-file.ts): the loaded file is the crash site, not the application's line that
// included vendor/autoload.php. Found in threads-32 (issue-thread-traces-32.test.ts):
// kirby-uniform's and kirby-imageradio's config.php, each throwing `Class 'Kirby' not found` when
// Composer required it before Kirby's bootstrap, were one signature at Kirby's bootstrap.php.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-32', 'php');
const row = (source: string) => rows.find((r) => r.source === source)!;
const sig = (input: { type?: string; message?: string; stacktrace?: string }) => createFingerprinter().fingerprint({ source: 'span', service: 'app', ...input });
const explained = (input: { stacktrace?: string }) => sig(input).explain.join('\n');

const uniform = row('https://github.com/mzur/kirby-uniform/issues/202');
const imageradio = row('https://github.com/sylvainjule/kirby-imageradio/issues/6');

// A class file ClassLoader included the first time the application named the class, whose
// declaration names a parent class that is missing.
const classLoaded = (classFile: string, callSite: string) =>
  `PHP Fatal error:  Uncaught Error: Class 'Shop\\Base\\Model' not found in /srv/shop/vendor/${classFile}:7\nStack trace:\n#0 /srv/shop/vendor/composer/ClassLoader.php(571): include()\n#1 /srv/shop/vendor/composer/ClassLoader.php(428): Composer\\Autoload\\{closure}('/srv/shop/vendo...')\n#2 [internal function]: Composer\\Autoload\\ClassLoader->loadClass('Shop\\\\Orders\\\\Ord...')\n#3 ${callSite}: spl_autoload_call('Shop\\\\Orders\\\\Ord...')\n#4 {main}\n  thrown in /srv/shop/vendor/${classFile} on line 7`;

// A library function that throws, called by the application's code after autoloading.
const libraryCall = (callSite: string) =>
  `PHP Fatal error:  Uncaught InvalidArgumentException: unknown currency in /srv/shop/vendor/acme/money/src/Currency.php:40\nStack trace:\n#0 ${callSite}: Acme\\Money\\Currency::of('XXX')\n#1 {main}\n  thrown in /srv/shop/vendor/acme/money/src/Currency.php on line 40`;

describe('a PHP throwable raised by a file Composer loaded', () => {
  it('real: two packages\' config.php throwing one message are two signatures, each at its file (kirby-uniform#202, kirby-imageradio#6)', () => {
    expect(sig(uniform).fingerprint).not.toBe(sig(imageradio).fingerprint);
    expect(explained(uniform)).toContain('mzur/kirby-uniform/config.php');
    expect(explained(imageradio)).toContain('sylvainjule/imageradio/config.php');
  });

  it('the same file\'s failure on another install (its Composer hash, root and autoloader lines) is one signature', () => {
    const other = uniform.stacktrace!
      .replaceAll('8aad1bf71df2248c1b544aa0fc675e39', '3f0c7e5a9b2d41c8a6e0d5b7f1e2c3a4')
      .replaceAll('/home/project/public_html/cms.staging', '/var/www/site')
      .replace('autoload_real.php(71)', 'autoload_real.php(55)')
      .replace('autoload_real.php(61)', 'autoload_real.php(45)');
    expect(sig({ stacktrace: other }).fingerprint).toBe(sig(uniform).fingerprint);
  });

  it('a class file ClassLoader included is the crash site: two files are two signatures, one file named from two places one', () => {
    const orders = sig({ stacktrace: classLoaded('shop/orders/src/Order.php', '/srv/shop/app/checkout.php(12)') });
    const ordersElsewhere = sig({ stacktrace: classLoaded('shop/orders/src/Order.php', '/srv/shop/app/admin/report.php(88)') });
    const invoices = sig({ stacktrace: classLoaded('shop/invoices/src/Invoice.php', '/srv/shop/app/checkout.php(12)') });
    expect(ordersElsewhere.fingerprint).toBe(orders.fingerprint);
    expect(invoices.fingerprint).not.toBe(orders.fingerprint);
  });

  it('near miss: a library function called by the application keeps the application\'s frame: two callers stay two signatures', () => {
    const checkout = sig({ stacktrace: libraryCall('/srv/shop/app/checkout.php(12)') });
    const report = sig({ stacktrace: libraryCall('/srv/shop/app/admin/report.php(88)') });
    expect(checkout.culprit).toContain('checkout.php');
    expect(report.fingerprint).not.toBe(checkout.fingerprint);
  });
});
