// A name in title case closing a log line is one value (src/core/fingerprint/titled-tail.ts):
// systemd's target lines print a unit's description there, DISM its provider's name. Sources
// beside each line; the os-logs ones are rows of test/fixtures/fingerprint/corpus/issue-thread-logs-3.ndjson.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

function signatures(lines: string[], service = 'os'): string[] {
  const fp = createFingerprinter();
  return lines.map((body) => fp.fingerprint({ source: 'log', service, body, severityText: 'ERROR' }).fingerprint);
}

describe('a title-case name that closes a log line', () => {
  it("groups systemd's `Reached target` and `Stopped target` lines of every unit, one signature each", () => {
    const reached = [
      // https://github.com/mempodippy/vlany/issues/28
      'Dec 18 10:09:05 test systemd[6375]: Reached target Paths.',
      'Dec 18 10:09:05 test systemd[6375]: Reached target Sockets.',
      'Dec 18 10:09:05 test systemd[6375]: Reached target Basic System.',
      'Dec 18 10:09:15 test systemd[6375]: Reached target Shutdown.',
    ];
    const stopped = [
      // https://github.com/mempodippy/vlany/issues/28
      'Dec 18 10:09:15 test systemd[6375]: Stopped target Default.',
      'Dec 18 10:09:15 test systemd[6375]: Stopped target Basic System.',
      'Dec 18 10:09:15 test systemd[6375]: Stopped target Paths.',
      // The same from dmesg (https://github.com/coreos/bugs/issues/178): an operation's participle
      // before the last word is part of the name (`Encrypted Volumes`).
      '[    6.485815] systemd[1]: Stopped target Encrypted Volumes.',
      '[    6.514795] systemd[1]: Stopped target Swap.',
      '[    6.515667] systemd[1]: Stopped target Local File Systems.',
    ];
    const s = signatures([...reached, ...stopped]);
    expect(new Set(s.slice(0, reached.length)).size).toBe(1);
    expect(new Set(s.slice(reached.length)).size).toBe(1);
    expect(s[0]).not.toBe(s[reached.length]);
  });

  it("groups DISM's provider lines whatever the provider's name", () => {
    // https://github.com/microsoft/WSL/issues/8667 (DISM.log)
    const s = signatures([
      '2022-07-30 12:49:57, Info                  DISM   DISM.EXE: Succesfully registered commands for the provider: DISM Unattend Manager.',
      '2022-07-30 12:49:57, Info                  DISM   DISM.EXE: Succesfully registered commands for the provider: AppxManager.',
      '2022-07-30 12:49:57, Info                  DISM   DISM.EXE: Succesfully registered commands for the provider: ProvManager.',
    ], 'windows-servicing');
    expect(new Set(s).size).toBe(1);
  });

  it("keeps apart what states a condition, starts a sentence, or is the statement's own verb", () => {
    // systemd's own verbs before a unit's description (https://github.com/systemd/systemd/issues/12236).
    const [started, stoppedUnit] = signatures(['Apr 07 12:19:37 SecHackLabs systemd[1]: Started Network Service.', 'Apr 07 12:19:37 SecHackLabs systemd[1]: Stopped Network Service.']);
    expect(started).not.toBe(stoppedUnit);
    // HTTP reason phrases (RFC 9110 §15) after a status label, and condition words, are outcomes.
    const reasons = signatures(['upstream response status: Created', 'upstream response status: Accepted', 'request blocked with reason Not Found', 'request blocked with reason Access Denied']);
    expect(new Set(reasons).size).toBe(4);
    // A capital after a full stop starts the statement's next sentence (test/fixtures/loghub-dev/Mac.tsv, E189).
    const fp = createFingerprinter();
    const mac = fp.fingerprint({ source: 'log', service: 'mac', body: "com.apple.icloud.fmfd.heartbeat: scheduler_evaluate_activity told me to run this job; however, but the start time isn't for 439034 seconds.  Ignoring." });
    expect(mac.message.endsWith('Ignoring.')).toBe(true);
  });
});
