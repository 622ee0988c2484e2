// Nextcloud's PHP error handler's record of an uncaught throwable, `<class>: <message> at
// <file>#<line>` as its plain message (nextcloud-error-handler-record.ts). Found in threads-52
// (issue-thread-traces-52.test.ts): NC11's and NC18's records of the missing simplexml_load_file()
// (nextcloud/server#3134, #18608) were each their whole record.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { nextcloudErrorHandlerText } from '../../../src/core/fingerprint/nextcloud-error-handler-record.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-52', 'php');
const row = (source: string) => rows.find((r) => r.source.endsWith(source))!;
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });
const record = (message: string, app = 'PHP', id = 'ZLvIhPK9ZlEvQ6xzHAOF') =>
  `{"reqId":"${id}","level":3,"time":"2019-12-30T10:36:40+00:00","app":"${app}","method":"GET","url":"/status.php","message":${JSON.stringify(message)},"version":"18.0.0.7"}`;

describe("Nextcloud's PHP error handler record of an uncaught throwable", () => {
  it('real: NC11\'s and NC18\'s records of one Error, two releases, are one signature (nextcloud/server#3134, #18608)', () => {
    const eleven = fp(row('server/issues/3134').stacktrace!);
    expect(eleven.type).toBe('Error');
    expect(eleven.message).toBe('Call to undefined function OC\\App\\simplexml_load_file()');
    expect(eleven.fingerprint).toBe(fp(row('server/issues/18608').stacktrace!).fingerprint);
  });

  it('two requests of one error are one signature; the same message in another file is another', () => {
    const a = fp(record('Error: Call to a member function get() on null at /srv/nc/lib/base.php#812', 'PHP', 'a1'));
    const b = fp(record('Error: Call to a member function get() on null at /srv/nc/lib/base.php#812', 'PHP', 'b2'));
    const c = fp(record('Error: Call to a member function get() on null at /srv/nc/remote.php#54', 'PHP', 'c3'));
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.fingerprint).not.toBe(c.fingerprint);
  });

  it("near miss: a warning (no class), another app's message, and a message without the handler's place are not read so", () => {
    expect(nextcloudErrorHandlerText(record('filesize(): stat failed for /d/flow.log at /srv/nc/lib/public/Log/RotationTrait.php#62'))).toBeUndefined();
    expect(nextcloudErrorHandlerText(record('Error: Call to a member function get() on null at /srv/nc/lib/base.php#812', 'files'))).toBeUndefined();
    expect(nextcloudErrorHandlerText(record('Error: login failed for alice'))).toBeUndefined();
    expect(nextcloudErrorHandlerText(record('Error: Call to a member function get() on null at /srv/nc/lib/base.php#812'))).toBe('Error: Call to a member function get() on null in /srv/nc/lib/base.php:812\nStack trace:');
  });
});
