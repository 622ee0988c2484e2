// Drupal's report of a throwable (`%type: @message in %function (line %line of %file).`, Drupal\
// Core\Utility\Error's standard message) and a PHP error line followed by Xdebug's call stack are
// read as their throw site (docs/fingerprinting.md, PHP). Before, both read no frame, and three
// Drupal/Drush failures quoted in public threads (threads-7) were one signature by their masked
// message `Call to a member function <*>() on null`.
import { describe, expect, it } from 'vitest';
import { parsePhp, looksLikePhp } from '../../../src/core/fingerprint/stacktrace/php.js';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

// drush-ops/drush#2283 (the Features module's closure, Drush's output)
const FEATURES = 'Undefined index: block features.drush.inc:851\nError: Call to a member function getShortName() on null in Drupal\\features\\FeaturesManager->Drupal\\features\\{closure}() (line 389 of /Users/geoff/vhosts/sitename/docroot/modules/contrib/features/src/FeaturesManager.php).\nDrush command terminated abnormally due to an unrecoverable error.';
// tabbabi/detect_mobile#2 (Drupal's error page)
const TWIG = 'The website encountered an unexpected error. Please try again later.\nError: Call to a member function render() on null in Drupal\\Core\\Template\\TwigExtension->escapeFilter() (line 468 of core/lib/Drupal/Core/Template/TwigExtension.php).';
// apigee/apigee-devportal-kickstart-drupal#455 (watchdog, with the backtrace's #N lines)
const UPDATE = "Error: Call to a member function getDisplay() on null in apigee_devportal_kickstart_update_8009() (line 484 of /var/www/devportal/web/profiles/contrib/apigee_devportal_kickstart/apigee_devportal_kickstart.install)\n#0 /var/www/devportal/web/core/includes/update.inc(246): apigee_devportal_kickstart_update_8009(Array)\n#1 /var/www/devportal/web/core/includes/batch.inc(295): update_do_one('apigee_devporta...', 8009, Array, Array)";
// drush-ops/drush#2812 (Xdebug's listing under PHP's error line)
const XDEBUG = 'PHP Fatal error:  Call to a member function get() on null in /var/www/html/vendor/drush/drush/src/Drupal/Commands/core/LocaleCommands.php on line 113\nPHP Stack trace:\nPHP   1. {main}() /var/www/html/vendor/drush/drush/drush:0\nPHP   2. require() /var/www/html/vendor/drush/drush/drush:4';

describe("Drupal's report of a throwable", () => {
  it('reads the function and file:line as the throw site', () => {
    expect(looksLikePhp(FEATURES)).toBe(true);
    expect(parsePhp(FEATURES).exceptions[0]).toMatchObject({
      type: 'Error',
      message: 'Call to a member function getShortName() on null',
      frames: [{ module: 'Drupal\\features\\FeaturesManager', function: 'Drupal\\features\\{closure}', line: 389, file: '/Users/geoff/vhosts/sitename/docroot/modules/contrib/features/src/FeaturesManager.php' }],
    });
    expect(parsePhp(TWIG).exceptions[0].frames).toEqual([{ module: 'Drupal\\Core\\Template\\TwigExtension', function: 'escapeFilter', file: 'core/lib/Drupal/Core/Template/TwigExtension.php', line: 468 }]);
  });

  it('puts the #N frames that follow under the throw site, as PHP prints them', () => {
    const frames = parsePhp(UPDATE).exceptions[0].frames;
    expect(frames[0]).toMatchObject({ function: 'apigee_devportal_kickstart_update_8009', file: '/var/www/devportal/web/profiles/contrib/apigee_devportal_kickstart/apigee_devportal_kickstart.install', line: 484 });
    expect(frames[1]).toMatchObject({ function: 'update_do_one', file: '/var/www/devportal/web/core/includes/update.inc', line: 246 });
  });

  it('keeps three failures with one masked message apart', () => {
    const fp = createFingerprinter();
    const sig = (stacktrace: string) => fp.fingerprint({ source: 'span', service: 'site', type: 'Error', message: stacktrace.split('\n').find((l) => l.includes(' on null'))!, stacktrace }).fingerprint;
    expect(new Set([sig(FEATURES), sig(TWIG), sig(UPDATE), sig(XDEBUG)]).size).toBe(4);
  });

  it('does not take text without a Drupal source file, a function call, or the line form', () => {
    // Near misses: a Python-ish sentence, a file that is no PHP source, no `()` after the function.
    expect(looksLikePhp('Error: timeout in fetch() (line 12 of worker.js).')).toBe(false);
    expect(looksLikePhp('Error: lost connection in handler (line 12 of /srv/app/handler.php).')).toBe(false);
    expect(looksLikePhp('Warning: see the notes in chapter() (page 12 of manual.php).')).toBe(false);
  });
});

describe("a PHP error line over Xdebug's call stack", () => {
  it("reads the error line's file as where it happened", () => {
    expect(parsePhp(XDEBUG).exceptions[0]).toMatchObject({ type: 'PHP Fatal error', message: 'Call to a member function get() on null', frames: [{ file: '/var/www/html/vendor/drush/drush/src/Drupal/Commands/core/LocaleCommands.php', line: 113 }] });
  });

  it('needs the listing header right under the error line', () => {
    // Near miss: two PHP error lines, or an error line followed by other text, stay unread as one line.
    expect(looksLikePhp('PHP Warning:  A in /x/a.php on line 3\nPHP Warning:  B in /x/b.php on line 4')).toBe(false);
    expect(looksLikePhp('PHP Fatal error:  A in /x/a.php on line 3\nsomething else')).toBe(false);
  });
});
