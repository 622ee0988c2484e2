// PHP's own errors, printed without a trace (rounds-fp/10): a real PHP 8.2 program
// (test/fixtures/fingerprint/programs/php-errors, Debian's php-cli) makes warnings, a deprecation
// and fatal errors (memory exhausted) in three files of an application deployed under
// /var/www/shop, each twice with other data where the failure carries any, and records every
// line PHP wrote to its error log and showed (display_errors), and what nginx logged of the same
// mistakes made behind php-fpm. `failure` says which it is: two functions in two files making one
// mistake with one message are two failures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; format: 'error_log' | 'display' | 'nginx' | 'json' | 'json with stack' | 'line' | 'line with stack'; body: string }
const rowsOf = (file: string) => readFileSync(new URL(`../../fixtures/fingerprint/${file}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
// The web cases again behind php-fpm 8.2 and nginx (programs/php-errors/nginx-fpm.sh): nginx
// quotes the worker's error in its own log line, with the client and the request around it.
const rows = [...rowsOf('php-errors.ndjson'), ...rowsOf('php-fpm-nginx-errors.ndjson')];

describe('PHP errors printed without a trace', () => {
  const fp = createFingerprinter();
  const results = rows.map((r) => ({ ...r, result: fp.fingerprint({ source: 'log', service: 'shop', body: r.body, severityText: 'ERROR' }) }));

  it('has each failure in PHP\'s formats and nginx\'s, some from the same message in two files', () => {
    expect(new Set(rows.map((r) => r.failure)).size).toBe(10);
    expect(new Set(rows.map((r) => r.format))).toEqual(new Set(['error_log', 'display', 'nginx']));
    expect(rows.filter((r) => r.body.includes('Attempt to read property "name" on null')).map((r) => r.failure)).toEqual(expect.arrayContaining(['orders null customer', 'users null user']));
  });

  it('makes one signature of each failure, whatever its data and format', () => {
    expect(splitFailures(results)).toEqual([]);
  });

  it('never makes one signature of two failures', () => {
    expect(mergedFailures(results)).toEqual([]);
  });

  it('names the level as the type and the file as where it happened', () => {
    const warning = results.find((r) => r.failure === 'users null user')!.result;
    expect(warning).toMatchObject({ type: 'PHP Warning', message: 'Attempt to read property <*> on null', culprit: 'app/users.php' });
    const fatal = results.find((r) => r.failure === 'orders export out of memory')!.result;
    expect(fatal).toMatchObject({ type: 'PHP Fatal error', culprit: 'app/orders.php' });
    expect(fatal.message).toMatch(/^Allowed memory size of <\w+> exhausted/);
  });
});

// Exceptions logged through Monolog (Symfony's and Laravel's logs): its JsonFormatter normalises an
// exception to its class, message, throw site and call sites (`path:line`, no functions), its
// LineFormatter (the default) writes `[object] (Type(code: 0): message at path:line)` into the
// record's context, and the stack follows as PHP prints it only when includeStacktraces is on (it
// is off by default). A real PHP program on Debian's php-monolog 2.9 (programs/php-monolog) logs
// json_decode's JsonException from two controllers and a DomainException from a service, each
// twice with other data, in the four forms.
describe('exceptions in Monolog\'s records', () => {
  const monolog = rowsOf('php-monolog-errors.ndjson');
  const fp = createFingerprinter();
  const results = monolog.map((r) => ({ ...r, result: fp.fingerprint({ source: 'log', service: 'shop', body: r.body, severityText: 'CRITICAL' }) }));

  it('reads the logged exception: in every form one signature per failure, none shared', () => {
    expect(new Set(monolog.map((r) => r.failure)).size).toBe(3);
    expect(new Set(monolog.map((r) => r.format))).toEqual(new Set(['json', 'json with stack', 'line', 'line with stack']));
    for (const format of new Set(monolog.map((r) => r.format))) {
      const of = results.filter((r) => r.format === format);
      for (const failure of new Set(of.map((r) => r.failure))) expect(new Set(of.filter((r) => r.failure === failure).map((r) => r.result.fingerprint)).size, `${format}: ${failure}`).toBe(1);
      expect(new Set(of.map((r) => r.result.fingerprint)).size, format).toBe(3);
    }
    expect(results.find((r) => r.failure === 'webhook bad json' && r.format === 'line')!.result).toMatchObject({ type: 'JsonException', message: 'Syntax error', culprit: 'Controller/WebhookController.php' });
  });

  it('gives the forms that locate by file the same signature (the full PHP trace names the function too)', () => {
    for (const failure of new Set(monolog.map((r) => r.failure))) {
      const byFile = results.filter((r) => r.failure === failure && r.format !== 'line with stack').map((r) => r.result.fingerprint);
      expect(new Set(byFile).size, failure).toBe(1);
    }
  });
});

// An error PHP raises before any script runs names no file: `in Unknown on line 0`. A request body
// over post_max_size, as PodcastGenerator/PodcastGenerator#746 quotes it from Apache's
// mod_proxy_fcgi, monstra-cms/monstra#331 as display_errors shows it, and MISP/MISP#2881 from the
// error log: one failure, whatever the sizes and the format, and no place in the code.
describe('a PHP error raised before any script runs', () => {
  const fp = createFingerprinter();
  const bodies = [
    "[Fri Sep 01 14:14:43.726368 2023] [proxy_fcgi:error] [pid 5247] [client 192.168.178.28:39982] AH01071: Got error 'PHP message: PHP Warning:  POST Content-Length of 288411440 bytes exceeds the limit of 8388608 bytes in Unknown on line 0', referer: http://192.168.178.63/admin/episodes_upload.php",
    'Warning: POST Content-Length of 9644269 bytes exceeds the limit of 8388608 bytes in Unknown on line 0',
    'PHP Warning:  POST Content-Length of 10014189 bytes exceeds the limit of 8388608 bytes in Unknown on line 0',
  ];
  const results = bodies.map((body) => fp.fingerprint({ source: 'log', service: 'misp', body, severityText: 'ERROR' }));

  it('is one signature in every format, located nowhere rather than in a file called Unknown', () => {
    expect(new Set(results.map((r) => r.fingerprint)).size).toBe(1);
    for (const r of results) {
      expect(r).toMatchObject({ type: 'PHP Warning', message: 'POST Content-Length of <size> exceeds the limit of <size>' });
      expect(r.culprit).toBeUndefined();
    }
  });

  it('near miss: a file of the application keeps its place', () => {
    const inFile = fp.fingerprint({ source: 'log', service: 'misp', body: 'PHP Warning:  POST Content-Length of 10014189 bytes exceeds the limit of 8388608 bytes in /var/www/MISP/app/webroot/index.php on line 0', severityText: 'ERROR' });
    expect(inFile.culprit).toBe('webroot/index.php');
  });
});
