// Nextcloud's dispatcher rethrow whose wrapped error a quote cut off (php-rethrown-engine-error.ts,
// php-json-log-record.ts). Found in threads-52 (issue-thread-traces-52.test.ts): the syslog copy
// of NC31's record of AppAPIFetcher::get()'s TypeError (nextcloud/server#53404), `Previous` cut,
// was an `Exception` keyed by the dispatcher's callers, apart from the TypeError occ printed for
// the same statement (nextcloud/app_api#594).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { rethrownEngineErrorClass } from '../../../src/core/fingerprint/php-rethrown-engine-error.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-52', 'php');
const row = (source: string) => rows.find((r) => r.source.endsWith(source))!;
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const dispatch = '[{"file":"/var/www/nc/lib/private/AppFramework/App.php","line":161,"function":"dispatch","class":"OC\\\\AppFramework\\\\Http\\\\Dispatcher","type":"->"}]';
const record = (message: string, previous = '') =>
  `{"reqId":"a1","level":3,"app":"index","method":"GET","url":"/apps/x","message":{"Exception":"Exception","Message":${JSON.stringify(message)},"Code":0,"Trace":${dispatch},"File":"/var/www/nc/lib/private/AppFramework/Http/Dispatcher.php","Line":146${previous}}}`;

describe("Nextcloud's dispatcher rethrow with its wrapped error cut off", () => {
  it('real: the record cut before Previous and occ\'s output of one TypeError are one signature (nextcloud/server#53404, nextcloud/app_api#594)', () => {
    const logged = fp(row('server/issues/53404').stacktrace!);
    expect(logged.type).toBe('TypeError');
    expect(logged.fingerprint).toBe(fp(row('app_api/issues/594').stacktrace!).fingerprint);
  });

  it('the wrapped error is read at the place the message names, under the class PHP raises its wording with', () => {
    expect(rethrownEngineErrorClass('App\\Fetcher::get(): Return value must be of type array, null returned')).toBe('TypeError');
    expect(rethrownEngineErrorClass('App\\Calc::sum(): Argument #1 ($xs) must be of type array, string given, called in /a.php on line 3')).toBe('TypeError');
    expect(rethrownEngineErrorClass('Cannot access offset of type string on string')).toBe('TypeError');
    expect(rethrownEngineErrorClass('Too few arguments to function App\\f(), 0 passed in /a.php on line 2 and exactly 1 expected')).toBe('ArgumentCountError');
    expect(rethrownEngineErrorClass('Call to a member function stat() on null')).toBe('Error');
    const a = fp(record("Call to a member function stat() on null in file '/var/www/nc/apps/x/lib/Store.php' line 41"));
    const b = fp(record("Call to a member function stat() on null in file '/var/www/nc/apps/x/lib/Cache.php' line 41"));
    expect(a.type).toBe('Error');
    expect(a.frames[0]?.file).toMatch(/Store\.php$/);
    expect(a.fingerprint).not.toBe(b.fingerprint);
  });

  it('near miss: a wrapper whose Previous is there is read as its chain; an Exception of the application\'s own words keeps its class and Trace', () => {
    const previous = ',"Previous":{"Exception":"Error","Message":"Call to a member function stat() on null","Code":0,"Trace":[],"File":"/var/www/nc/apps/x/lib/Store.php","Line":41}';
    const chained = fp(record("Call to a member function stat() on null in file '/var/www/nc/apps/x/lib/Store.php' line 41", previous));
    expect(chained.type).toBe('Error');
    const own = fp(record('Quota exceeded for user'));
    expect(own.type).toBe('Exception');
  });
});
