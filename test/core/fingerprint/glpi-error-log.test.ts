// GLPI's error handler's record of an uncaught throwable (Glpi\Application\ErrorHandler: `  ***
// Uncaught Exception <type>: <message> in <file> at line <n>` over `  Backtrace :` and one
// `<file>:<line> <function>()` row a call). Found in threads-40 (issue-thread-traces-40.test.ts):
// pluginsGLPI/genericobject#359's record read no frame, its file fell to `<path>`, and any GLPI
// plugin's uasort() of a null was its signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { glpiLoggedException } from '../../../src/core/fingerprint/glpi-error-log.js';
import { loadThreadTraces } from './thread-traces.js';

const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'glpi', stacktrace });
const [row] = loadThreadTraces('threads-40', 'php').filter((r) => r.source.endsWith('genericobject/pull/359'));

describe("GLPI's logged uncaught throwable", () => {
  it('real: the record reads its type, its throw site and its caller, the crash site the plugin\'s method (pluginsGLPI/genericobject#359)', () => {
    const a = fingerprintOf(row.stacktrace!);
    expect(a.type).toBe('TypeError');
    expect(a.culprit).toBe('PluginGenericobjectObject.getMenuContent (inc/object.class.php)');
    // The row's path GLPI cut to its last 47 characters is the header's.
    expect(glpiLoggedException(row.stacktrace!)).toContain('\n#0 /mnt/diskhome/home/htdocs/marketplace/genericobject/inc/object.class.php(1264): uasort()\n#1 src/Html.php(1454): PluginGenericobjectObject::getMenuContent()');
  });

  it("made-up: the same throwable as PHP's own log prints it is the same signature", () => {
    const php = [
      'PHP Fatal error:  Uncaught TypeError: uasort(): Argument #1 ($array) must be of type array, null given in /srv/glpi/marketplace/genericobject/inc/object.class.php:1264',
      'Stack trace:',
      '#0 /srv/glpi/marketplace/genericobject/inc/object.class.php(1264): uasort()',
      '#1 /srv/glpi/src/Html.php(1454): PluginGenericobjectObject::getMenuContent()',
      '#2 /srv/glpi/src/Html.php(1681): Html::generateMenuSession()',
      '#3 {main}',
      '  thrown in /srv/glpi/marketplace/genericobject/inc/object.class.php on line 1264',
    ].join('\n');
    expect(fingerprintOf(php).fingerprint).toBe(fingerprintOf(row.stacktrace!).fingerprint);
  });

  it("near miss: another plugin's method sorting a null is another signature", () => {
    const other = row.stacktrace!.replaceAll('genericobject/inc/object.class.php', 'fields/inc/container.class.php').replace('PluginGenericobjectObject::getMenuContent', 'PluginFieldsContainer::getMenuContent').replace('...etplace/fields', '...ketplace/fields');
    expect(fingerprintOf(other).fingerprint).not.toBe(fingerprintOf(row.stacktrace!).fingerprint);
  });

  it("near misses: GLPI's record of a PHP error (no throwable), a header over rows of another form, and other loggers' `*** Uncaught Exception` lines are not read so", () => {
    for (const text of [
      '[2023-09-15 14:28:05] glpiphplog.WARNING:   *** PHP Warning (2): Undefined array key "x" in /srv/glpi/src/A.php at line 3',
      '  *** Uncaught Exception RuntimeException: boom in /srv/glpi/src/A.php at line 3\nStack trace:\n#0 {main}',
      '*** Uncaught Exception caught to prevent crash ***: Error: boom',
    ])
      expect(glpiLoggedException(text), text).toBeUndefined();
  });
});
