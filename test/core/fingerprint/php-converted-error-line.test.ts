// A PHP error that an application's error handler turned into an exception keeps PHP's own line
// as the exception's message, and the file it names is where the error happened (stacktrace/
// php.ts CONVERTED_ERROR_PREFIX): Magento 2's error page prints `1 exception(s):` over
// `Exception #0 (Exception): Notice: Undefined index: id in …/Iterator.php on line 63`, its
// exception.log a Monolog record (`main.CRITICAL: Notice: …`). Found in threads-14
// (issue-thread-traces-14.test.ts): read as no frame, Magento's `Undefined index` notices of the
// Config module (Iterator.php line 63) and the Integration module (Helper/Data.php line 24) were
// one signature, known by the message whose index and file are parameterised.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces, type ThreadTrace } from './thread-traces.js';

const rows = loadThreadTraces('threads-14', 'php');
const bySource = (suffix: string): ThreadTrace => rows.find((r) => r.source.endsWith(suffix))!;
const iterator = () => bySource('mageplaza/magento-2-email-attachments/pull/14');
const iteratorAgain = () => bySource('magefan/module-html-sitemap/issues/6');
const iteratorLog = () => bySource('mageplaza/magento-2-banner-slider/issues/81');
const integration = () => bySource('magento/magento2/issues/4394');
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'magento', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe("a PHP error line inside an error handler's exception", () => {
  it("real: the error page's `Exception #0 (Exception): Notice: …` names the notice's file as its frame", () => {
    expect(parseStacktrace(iterator().stacktrace!).exceptions[0].frames).toEqual([{ file: '/var/www/html/vendor/magento/module-config/Model/Config/Structure/Element/Iterator.php', line: 63 }]);
    expect(parseStacktrace(integration().stacktrace!).exceptions[0].frames[0]).toMatchObject({ file: '/home/magentop/public_html/vendor/magento/module-integration/Helper/Data.php' });
  });

  it("real: exception.log's `main.CRITICAL: Notice: …` too", () => {
    expect(parseStacktrace(iteratorLog().stacktrace!).exceptions[0].frames[0]).toMatchObject({ file: 'app/code/Magento/Config/Model/Config/Structure/Element/Iterator.php', line: 63 });
  });

  it("real: Config's Iterator.php and Integration's Helper/Data.php notices are two signatures; the Iterator's in two installs are one", () => {
    expect(fingerprintOf(iterator()).fingerprint).not.toBe(fingerprintOf(integration()).fingerprint);
    expect(fingerprintOf(iteratorAgain()).fingerprint).toBe(fingerprintOf(iterator()).fingerprint);
  });

  it("near misses: PHP's own notice line reads as before, and a PHP trace with `#0` rows is still read frame by frame", () => {
    const store = bySource('magento/magento2/issues/7489');
    expect(parseStacktrace(store.stacktrace!).exceptions[0]).toMatchObject({ type: 'PHP Notice', frames: [{ file: '/var/www/magento/public_html/vendor/magento/module-store/Ui/Component/Listing/Column/Store.php', line: 82 }] });
    const imfs = bySource('OllieJones/index-wp-mysql-for-speed/issues/77');
    const parsed = parseStacktrace(imfs.stacktrace!).exceptions[0];
    expect(parsed.type).toBe('TypeError');
    expect(parsed.frames.length).toBeGreaterThan(3);
  });
});
