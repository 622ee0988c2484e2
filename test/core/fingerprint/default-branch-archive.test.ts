// Code unpacked from GitHub's archive of the default branch (`<repository>-master/`,
// `<repository>-main/`) is the repository's code: WP2Static installed from its master zip on
// XAMPP and from a Bedrock install is one signature (elementor/wp2static#689, #676; threads-28,
// issue-thread-traces-28.test.ts). A directory merely ending in another word, or a file, keeps it.
import { describe, expect, it } from 'vitest';
import { normalizePath } from '../../../src/core/fingerprint/normalize.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const wp2static = loadThreadTraces('threads-28', 'php').filter((r) => r.group === 'php:t28:wp2static-controller-not-autoloaded');

describe('GitHub\'s archive of the default branch', () => {
  it('real: WP2Static from the master zip on Windows and from Bedrock is one signature (elementor/wp2static#689, #676)', () => {
    const [bedrock, xampp] = wp2static;
    expect(xampp.stacktrace).toContain('wp2static-master');
    expect(new Set(signaturesInOrder([bedrock, xampp])).size).toBe(1);
  });

  it('`-master/` and `-main/` read as the repository\'s directory', () => {
    expect(normalizePath('C:\\xampp\\htdocs\\wp-content\\plugins\\wp2static-master\\wp2static.php')).toBe('wp2static/wp2static.php');
    expect(normalizePath('/home/u/src/tool-main/cmd.js')).toBe('tool/cmd.js');
  });

  it('near miss: another branch, a word that only ends so, or a file name keeps its name', () => {
    expect(normalizePath('/srv/wp2static-develop/wp2static.php')).toBe('wp2static-develop/wp2static.php');
    expect(normalizePath('/srv/plugins/domain/wp2static.php')).toBe('domain/wp2static.php');
    expect(normalizePath('/srv/app/src/app-main.js')).toBe('src/app-main.js');
  });
});
