// A quoted snake_case identifier, dotted or not (template-tokens.ts isQuotedIdentifier), is kept in
// a log line as in an exception's message: a Symfony service id or parameter name, a config key.
// Found in threads-18 (issue-thread-traces-18.test.ts): printed without a type, as an error
// page's title or a bare message, Symfony's `You have requested a non-existent service "…"` for
// four services was one signature (the dotted EasyAdminPlus checker id read as a value, and the
// miner's wildcard then covered the others), and `The service "…" has a dependency on a
// non-existent parameter "…"` for MopaBootstrapBundle and MopaBarcodeBundle was one.
import { describe, expect, it } from 'vitest';
import { differentWords, templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const php = loadThreadTraces('threads-18', 'php');
const rows = (...groups: string[]) => groups.map((g) => php.find((r) => r.group === g)!);
const services = rows('php:t18:knp-paginator-service', 'php:t18:calendar-bundle-session-service', 'php:t18:imdevadminbundle-service', 'php:t18:easyadminplus-authorization-checker-service');
const parameters = rows('php:t18:mopa-bootstrap-navbar-generic-parameter', 'php:t18:mopa-barcode-imagine-web-root-parameter');

describe('a quoted identifier in a log line', () => {
  it('is kept as a token, and differs from another one or from a word', () => {
    expect(templateTokens('You have requested a non-existent service "wandi.easy_admin_plus.acl.security.admin_authorization_checker".', 40, 'log'))
      .toContain('"wandi.easy_admin_plus.acl.security.admin_authorization_checker".');
    expect(templateTokens('The service "mopa_barcode.barcode_service" has a dependency', 40, 'log')).toContain('"mopa_barcode.barcode_service"');
    expect(differentWords('"session".', '"wandi.easy_admin_plus.acl.security.admin_authorization_checker".')).toBe(true);
    expect(differentWords('"mopa_bootstrap.example.navbar"', '"mopa_barcode.barcode_service"')).toBe(true);
  });

  it('real: four services\' missing-service messages are four signatures, in either order (KnpPaginatorBundle#83, calendar-bundle#37, symfony#21672, EasyAdminPlusBundle#23)', () => {
    expect(new Set(signaturesInOrder(services)).size).toBe(4);
    expect(new Set(signaturesInOrder([...services].reverse())).size).toBe(4);
  });

  it('real: two bundles\' missing parameters are two signatures (MopaBootstrapBundle#136, MopaBarcodeBundle#10)', () => {
    expect(new Set(signaturesInOrder(parameters)).size).toBe(2);
  });

  it('near miss: a quoted data file\'s name stays a value, so one statement about two files is one template', () => {
    expect(templateTokens('could not open "daily_report.csv" for reading', 40, 'log')).not.toContain('"daily_report.csv"');
    const [a, b] = signaturesInOrder([{ message: 'could not open "daily_report.csv" for reading' }, { message: 'could not open "weekly_totals.csv" for reading' }]);
    expect(b).toBe(a);
  });

  it('near miss: a quoted name after a naming label is still that name\'s placeholder', () => {
    expect(templateTokens('login refused for db: "seafile_db" from 10.0.0.2', 40, 'log')).not.toContain('"seafile_db"');
  });
});
