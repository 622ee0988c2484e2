// A PHP application's JSON log record read as the exception it holds (php-json-log-record.ts):
// Nextcloud's nextcloud.log in its three shapes and ownCloud's `Exception: {…}`. Found in
// threads-46 (issue-thread-traces-46.test.ts), where every record was its whole text as the
// message. The made-up records follow the shape of those threads' records (the field names and
// their order as nextcloud.log writes them); the near misses must stay apart or as they are.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withPhpJsonLogRecordAsTrace } from '../../../src/core/fingerprint/php-json-log-record.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-46', 'php');
const row = (suffix: string) => rows.find((r) => r.source.endsWith(suffix))!.stacktrace!;
const span = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'cloud', stacktrace });
const log = (body: string) => createFingerprinter().fingerprint({ source: 'log', service: 'cloud', body });

const DISPATCH = '[{"file":"/srv/nc/lib/private/AppFramework/App.php","line":184,"function":"dispatch","class":"OC\\\\AppFramework\\\\Http\\\\Dispatcher","type":"->"},{"file":"/srv/nc/index.php","line":36,"function":"handleRequest","class":"OC","type":"::"}]';
/** A controller's Error as the dispatcher's rethrow holds it (Nextcloud 22 and later). */
const record = (controller: string, line: number, message = 'Call to a member function getPath() on null') =>
  `{"reqId":"a1","level":3,"time":"2024-01-15T07:41:07+00:00","app":"files","message":"${message} in file '/srv/nc/apps/files/lib/Controller/${controller}.php' line ${line}","version":"28.0.1.1","exception":{"Exception":"Exception","Message":"${message} in file '/srv/nc/apps/files/lib/Controller/${controller}.php' line ${line}","Code":0,"Trace":${DISPATCH},"File":"/srv/nc/lib/private/AppFramework/Http/Dispatcher.php","Line":169,"Previous":{"Exception":"Error","Message":"${message}","Code":0,"Trace":[{"file":"/srv/nc/lib/private/AppFramework/Http/Dispatcher.php","line":230,"function":"index","class":"OCA\\\\Files\\\\Controller\\\\${controller}","type":"->"}],"File":"/srv/nc/apps/files/lib/Controller/${controller}.php","Line":${line}}},"id":"65a4e1"}`;

describe("a PHP application's JSON log record", () => {
  it('real: Nextcloud 21 (the `message` object) and 22 (the `exception` object, masked into invalid JSON) are one signature, the Error under the dispatcher (e-alfred/flowupload#402, #305)', () => {
    const nc21 = span(row('flowupload/issues/402'));
    expect(nc21.type).toBe('Error');
    expect(nc21.message).toBe('Call to a member function file_exists() on null');
    expect(nc21.frames[0]).toMatchObject({ file: '/var/www/html/apps/flowupload/lib/Controller/UploadController.php', line: 84 });
    expect(nc21.fingerprint).toBe(span(row('flowupload/issues/305')).fingerprint);
  });

  it('real: Nextcloud 25 (the exception JSON-encoded as the `message` string) and ownCloud (`Exception: {…}`, the Trace as text) are read (nextcloud/server#35576, owncloud/core#25624)', () => {
    const nc25 = span(row('server/pull/35576'));
    expect(nc25.type).toBe('Error');
    expect(nc25.message).toBe('Call to a member function stat() on null');
    expect(nc25.frames.length).toBeGreaterThan(2);
    const oc = span(row('core/issues/25624'));
    expect(oc.type).toBe('Doctrine\\DBAL\\Exception\\UniqueConstraintViolationException');
    expect(oc.frames.length).toBeGreaterThan(0);
  });

  it('made-up: the wrapped Error is the exception, thrown in the controller; the dispatcher that repeats its message is left out', () => {
    expect(withPhpJsonLogRecordAsTrace(record('ViewController', 240))).toBe(
      'Error: Call to a member function getPath() on null in /srv/nc/apps/files/lib/Controller/ViewController.php:240\nStack trace:\n#0 /srv/nc/lib/private/AppFramework/Http/Dispatcher.php(230): OCA\\Files\\Controller\\ViewController->index()',
    );
  });

  it('made-up: the same record as a log body is read alike', () => {
    const r = log(record('ViewController', 240));
    expect(r.type).toBe('Error');
    expect(r.fingerprint).toBe(span(record('ViewController', 240)).fingerprint);
  });

  it('near miss: one message raised in two controllers under one dispatcher is two signatures; so is one controller raising two messages', () => {
    const view = span(record('ViewController', 240)).fingerprint;
    expect(span(record('ShareController', 532)).fingerprint).not.toBe(view);
    expect(span(record('ViewController', 240, 'Call to a member function getOwner() on null')).fingerprint).not.toBe(view);
  });

  it('near miss: a wrapper with a message of its own stays, the cause before it', () => {
    const text = record('ViewController', 240).replace(/"Exception":"Exception","Message":"[^"]*"/, '"Exception":"OCP\\\\Files\\\\NotFoundException","Message":"File not found"');
    const printed = withPhpJsonLogRecordAsTrace(text);
    expect(printed).toMatch(/^Error: Call to a member function getPath\(\) on null in /);
    expect(printed).toContain('\n\nNext OCP\\Files\\NotFoundException: File not found in /srv/nc/lib/private/AppFramework/Http/Dispatcher.php:169\n');
  });

  it('near miss: a record whose Trace is empty is read at its File and Line; two such in two files are two signatures', () => {
    const empty = (file: string) => `{"reqId":"b2","level":3,"app":"cron","message":"Object not found","exception":{"Exception":"OC\\\\ObjectNotFound","Message":"Object not found","Code":0,"Trace":[],"File":"/srv/nc/lib/private/${file}.php","Line":12}}`;
    expect(withPhpJsonLogRecordAsTrace(empty('Cache'))).toBe('OC\\ObjectNotFound: Object not found in /srv/nc/lib/private/Cache.php:12\nStack trace:\n#0 {main}');
    expect(span(empty('Cache')).fingerprint).not.toBe(span(empty('Share')).fingerprint);
  });

  it('near misses: a JSON record without an exception, a Monolog record whose context holds none, and an exception object that says nowhere it was thrown are left as they are', () => {
    for (const text of [
      '{"reqId":"c3","level":2,"time":"2024-01-15T07:41:07+00:00","app":"core","message":"Login failed: bob (Remote IP: 10.0.0.1)","version":"28.0.1.1"}',
      '{"message":"User logged in","context":{"user":5},"level":200,"level_name":"INFO","channel":"app","datetime":"2024-01-15T07:41:07+00:00","extra":{}}',
      '{"message":"Matched route","context":{"route":"home","exception":"none"},"level_name":"INFO"}',
      '{"reqId":"d4","message":"x","exception":{"Exception":"Exception","Message":"x","Code":0,"Trace":[]}}',
      '{"reqId":"e5","message":"x","exception":{"Exception":"not a class","Message":"x","Trace":[],"File":"/a.php","Line":1}}',
    ]) expect(withPhpJsonLogRecordAsTrace(text)).toBe(text);
    expect(log('{"reqId":"c3","level":2,"app":"core","message":"Login failed: bob","version":"28.0.1.1"}').frames).toEqual([]);
  });
});

describe("a PHP application's JSON log record cut inside its chain", () => {
  it('made-up: a Previous cut before its Trace and File leaves the chain at the rethrow, read at the place its message names', () => {
    const cut = record('ViewController', 240).replace(/"Previous":\{.*$/, '"Previous":{"Exception":"Error","Message":"Call to a mem');
    // The wrapped error's class by its wording, its trace cut at `Stack trace:`: the rethrow's
    // Trace is the dispatcher's callers, not the error's (php-rethrown-engine-error.ts, threads-52).
    expect(withPhpJsonLogRecordAsTrace(cut)).toBe('Error: Call to a member function getPath() on null in /srv/nc/apps/files/lib/Controller/ViewController.php:240\nStack trace:');
  });
});

describe("Nextcloud's error handler in a record's Trace", () => {
  /** A warning as nextcloud.log holds it; `caller` the function running at the warning's place, absent where the quote ends after the handler. */
  const warning = (file: string, line: number, caller?: string) =>
    `{"reqId":"f6","level":3,"app":"PHP","message":"Undefined array key \\"size\\" at ${file}#${line}","exception":{"Exception":"Error","Message":"Undefined array key \\"size\\" at ${file}#${line}","Code":0,"Trace":[{"file":"${file}","line":${line},"function":"onError","class":"OC\\\\Log\\\\ErrorHandler","type":"::"}${caller ? `,{"file":"/srv/nc/lib/private/Files/Storage/Common.php","line":187,"function":"${caller}","class":"OCA\\\\Files_External\\\\Lib\\\\Storage\\\\SFTP","type":"->"}` : ''}]}}`;

  it('made-up: the handler the engine called is left out, its place the throw site', () => {
    expect(withPhpJsonLogRecordAsTrace(warning('/srv/nc/apps/files_external/lib/Lib/Storage/SFTP.php', 460, 'stat'))).toBe(
      'Error: Undefined array key "size" at /srv/nc/apps/files_external/lib/Lib/Storage/SFTP.php#460 in /srv/nc/apps/files_external/lib/Lib/Storage/SFTP.php:460\nStack trace:\n#0 /srv/nc/lib/private/Files/Storage/Common.php(187): OCA\\Files_External\\Lib\\Storage\\SFTP->stat()',
    );
  });

  it('near miss: one warning in two files, each record quoted up to the handler\'s call, is two signatures, not one keyed by the handler (threads-44: SFTP::stat and View::getCacheEntry)', () => {
    expect(span(warning('/srv/nc/apps/files_external/lib/Lib/Storage/SFTP.php', 460)).fingerprint).not.toBe(span(warning('/srv/nc/lib/private/Files/View.php', 1343)).fingerprint);
  });
});

describe('an exception JSON-encoded as the record\'s message', () => {
  it('made-up: Nextcloud 13\'s `"message":"Exception: {\\"Exception\\":…}"` (the shape nextcloud/server#9266 quotes) is read as Nextcloud 25\'s `"message":"{…}"` is', () => {
    const inner = '{\\"Exception\\":\\"Sabre\\\\\\\\DAV\\\\\\\\Exception\\\\\\\\BadRequest\\",\\"Message\\":\\"expected filesize 1770013 got 1468317\\",\\"Code\\":0,\\"Trace\\":[{\\"file\\":\\"\\/srv\\/nc\\/3rdparty\\/sabre\\/dav\\/lib\\/DAV\\/Server.php\\",\\"line\\":1072,\\"function\\":\\"put\\",\\"class\\":\\"OCA\\\\\\\\DAV\\\\\\\\Connector\\\\\\\\Sabre\\\\\\\\File\\",\\"type\\":\\"->\\"}],\\"File\\":\\"\\/srv\\/nc\\/apps\\/dav\\/lib\\/Connector\\/Sabre\\/File.php\\",\\"Line\\":180}';
    const expected = 'Sabre\\DAV\\Exception\\BadRequest: expected filesize 1770013 got 1468317 in /srv/nc/apps/dav/lib/Connector/Sabre/File.php:180\nStack trace:\n#0 /srv/nc/3rdparty/sabre/dav/lib/DAV/Server.php(1072): OCA\\DAV\\Connector\\Sabre\\File->put()';
    expect(withPhpJsonLogRecordAsTrace(`{"reqId":"g7","level":4,"app":"webdav","message":"Exception: ${inner}","version":"13.0.1.1"}`)).toBe(expected);
    expect(withPhpJsonLogRecordAsTrace(`{"reqId":"g7","level":4,"app":"webdav","message":"${inner}","version":"25.0.1.1"}`)).toBe(expected);
  });
});
