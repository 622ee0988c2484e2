// Symfony's exception page copied as text — the throw site as `at <file>:<line>`, then each frame
// as `at <Class>-><method>(<args>)` over the place it was called from, `(<file>:<line>)` — is read
// as PHP's own trace. Before, it read as no frame, and ControllerTrait's getDoctrine() and
// render(), two statements that call has() on a missing container (symfony#24580,
// WorkingForumBundle#44), were one signature by their message (threads-9 php P 0).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-9', 'php');
const row = (s: string) => rows.find((r) => r.source.endsWith(s))!;
const fp = createFingerprinter();
const result = (r: { type?: string; message?: string; stacktrace?: string }) => fp.fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe("Symfony's exception page as text", () => {
  it('reads the throw site and each frame with the place it was called from (symfony#24580)', () => {
    const t = parseStacktrace(row('symfony/issues/24580').stacktrace!);
    expect(t.runtime).toBe('php');
    const [first, second] = t.exceptions[0].frames;
    expect(first).toMatchObject({ function: 'getDoctrine', module: 'Symfony\\Bundle\\FrameworkBundle\\Controller\\Controller', file: 'vendor/symfony/symfony/src/Symfony/Bundle/FrameworkBundle/Controller/ControllerTrait.php', line: 356 });
    expect(second).toMatchObject({ function: 'getRegistrationNumberAction', file: 'src/AppBundle/Controller/UserController.php', line: 294 });
    expect(result(row('symfony/issues/24580')).culprit).toContain('UserController');
  });

  it("keeps getDoctrine()'s and render()'s has() on null apart (symfony#24580, WorkingForumBundle#44)", () => {
    expect(result(row('symfony/issues/24580')).fingerprint).not.toBe(result(row('WorkingForumBundle/issues/44')).fingerprint);
  });

  it("leaves PHP's own trace and a log line's `at <file> line N` as they were", () => {
    // Near misses: Slim's one-line trace (dappur#9) keeps its frames and crash site; Monolog's
    // request line naming the file after `at` (Sonata-media-upload#5) is still no frame.
    const dappur = result(row('dappur/framework/issues/9'));
    expect(dappur.culprit).toBe('Dappur\\Controller\\AdminUsers.usersAdd (Controller/AdminUsers.php)');
    expect(parseStacktrace(row('Sonata-media-upload-multiple-images/issues/5').stacktrace!).exceptions.flatMap((e) => e.frames)).toEqual([]);
  });
});
