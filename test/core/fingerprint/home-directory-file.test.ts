// A file kept directly in a user's home directory (`/home/steven/composer.phar`, threads-34's
// Composer run without the Phar extension) was keyed with the folder above it, as every path is
// by its last two segments: the user's name. Another user running the same file is the same
// code, so such a file is keyed by its name alone. Found by changing the home directory in every
// issue-thread trace (release-and-host-invariance.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { normalizePath } from '../../../src/core/fingerprint/normalize.js';

const php = (file: string) => createFingerprinter().fingerprint({
  source: 'span',
  service: 'app',
  stacktrace: [
    "PHP Fatal error:  Uncaught Error: Class 'Phar' not found in " + file + ':23',
    'Stack trace:',
    '#0 {main}',
    `  thrown in ${file} on line 23`,
  ].join('\n'),
}).fingerprint;

describe('a file directly in a home directory', () => {
  it('is keyed by its name', () => {
    expect(normalizePath('/home/steven/composer.phar')).toBe('composer.phar');
    expect(normalizePath('/Users/ana/backup.py')).toBe('backup.py');
    expect(normalizePath('C:\\Users\\ana\\tool.ps1')).toBe('tool.ps1');
  });

  it('the same file run by two users is one signature', () => {
    expect(php('/home/steven/composer.phar')).toBe(php('/home/anna/composer.phar'));
  });

  it('near miss: two files of one home directory stay apart', () => {
    expect(php('/home/steven/composer.phar')).not.toBe(php('/home/steven/installer.php'));
  });

  it('near miss: a file deeper in a home directory keeps its folder; other roots are untouched', () => {
    expect(normalizePath('/home/steven/shop/index.php')).toBe('shop/index.php');
    expect(normalizePath('/srv/steven/index.php')).toBe('steven/index.php');
    expect(normalizePath('/home/index.php')).toBe('home/index.php');
  });
});
