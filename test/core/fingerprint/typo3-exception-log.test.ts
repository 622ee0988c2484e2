// TYPO3's exception handler's one-line log is read as the throwable it names: class, message and
// the file and line that threw it (typo3-exception-log.ts). Found in threads-37
// (issue-thread-traces-37.test.ts): `Uncaught TYPO3 Exception: … | Error thrown in file … in line
// 124. Requested URL: …` (dmind-gmbh/extension-cookieman#119) and TYPO3 11's record `Core:
// Exception handler (WEB: FE): Error, code #0, file …, line 131: …` (FluidTYPO3/vhs#1877) read no
// frame, their whole text the message.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { typo3LoggedException } from '../../../src/core/fingerprint/typo3-exception-log.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-37', 'php');
const row = (url: string) => rows.find((r) => r.source === url)!;
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

describe("TYPO3's exception handler's one-line log", () => {
  it('real: the ≤ 10 line and the 11 record name class, message and place (cookieman#119, vhs#1877, vhs#1655)', () => {
    const old = fp(row('https://github.com/dmind-gmbh/extension-cookieman/issues/119').stacktrace!);
    expect(old.type).toBe('Error');
    expect(old.message).toBe('Call to a member function getConfiguration() on null');
    expect(old.frames[0].file).toContain('Configuration/ConfigurationManager.php');
    const record = fp(row('https://github.com/FluidTYPO3/vhs/issues/1877').stacktrace!);
    expect(record.type).toBe('Error');
    expect(record.message).toBe('Call to a member function getConfiguration() on null');
    expect(record.culprit).toContain('AssetService.php');
    expect(fp(row('https://github.com/FluidTYPO3/vhs/issues/1655').stacktrace!).culprit).toContain('ConfigurationUtility.php');
  });

  it('one throw site under two requests, codes and titles is one signature; another file is another', () => {
    const a = fp('Core: Exception handler (WEB): Uncaught TYPO3 Exception: #1476045117: Record not found | TYPO3\\CMS\\Core\\Exception thrown in file /var/www/ext/shop/Classes/Repo.php in line 42. Requested URL: https://a.example/x');
    const b = fp('Uncaught TYPO3 Exception: #1476045117: Record not found | TYPO3\\CMS\\Core\\Exception thrown in file /srv/site/ext/shop/Classes/Repo.php in line 42');
    const other = fp('Uncaught TYPO3 Exception: #1476045117: Record not found | TYPO3\\CMS\\Core\\Exception thrown in file /srv/site/ext/shop/Classes/Cart.php in line 42');
    expect(a.type).toBe('TYPO3\\CMS\\Core\\Exception');
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(other.fingerprint).not.toBe(a.fingerprint);
  });

  it('near miss: prose that mentions the handler, or its line with more lines under it, is not read as the log line', () => {
    expect(typo3LoggedException('I get an Uncaught TYPO3 Exception: every time I save a page')).toBeUndefined();
    expect(typo3LoggedException('Uncaught TYPO3 Exception: x | Error thrown in file /a.php in line 3\nand then more')).toBeUndefined();
    expect(typo3LoggedException('Core: Exception handler (WEB) crashed')).toBeUndefined();
  });
});
