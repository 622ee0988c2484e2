// A trace copied from a CI job's log view with its line numbers (`1095 goroutine 409
// [running]:`, `1097 \t/home/circleci/project/config/include.go:835`). Found in threads-15
// (issue-thread-traces-15.test.ts): terragrunt's concurrent map write pasted so read no frame,
// apart from the same crash pasted without the numbers, and was known by its message alone.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutLineNumbers } from '../../../src/core/fingerprint/line-number-column.js';
import { loadThreadTraces } from './thread-traces.js';

const terragrunt = loadThreadTraces('threads-15', 'go').filter((r) => r.group === 'go:t15:terragrunt-copyfieldsmetadata-map-writes');
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', message: 'concurrent map writes', stacktrace });

describe("a trace copied with a CI log view's line numbers", () => {
  it('reads its frames: the numbered and the plain paste of one crash are one signature (gruntwork-io/terragrunt#3112)', () => {
    const [numbered, plain] = terragrunt.map((r) => fingerprintOf(r.stacktrace!));
    expect(numbered.culprit).toContain('config.copyFieldsMetadata');
    expect(numbered.fingerprint).toBe(plain.fingerprint);
  });

  it('a numbered copy of another crash site is another signature', () => {
    const other = terragrunt[0].stacktrace!.replace('config.copyFieldsMetadata(...)', 'config.mergeDependencies(...)');
    expect(fingerprintOf(other).fingerprint).not.toBe(fingerprintOf(terragrunt[0].stacktrace!).fingerprint);
  });

  it("near misses: a trace's own numbered lines, numbers that do not rise, and too few lines are left as they are", () => {
    // PHP's frames without their `#`, as one paste has them: no line is indented after its number.
    const php = "0 /vendor/doctrine/dbal/lib/Doctrine/DBAL/DBALException.php(146): f()\n1 /vendor/doctrine/dbal/lib/Doctrine/DBAL/Connection.php(12): g()\n2 /app/src/Repo.php(40): h()";
    expect(withoutLineNumbers(php)).toBe(php);
    const falling = '12 panic: x\n11 \tgoroutine 1\n10 \tmain.main()';
    expect(withoutLineNumbers(falling)).toBe(falling);
    const short = '1 panic: x\n2 \tmain.main()';
    expect(withoutLineNumbers(short)).toBe(short);
    const statuses = '200 OK\n404 Not Found\n500 \tInternal Server Error\nnot a number';
    expect(withoutLineNumbers(statuses)).toBe(statuses);
  });
});
