// Spring Boot's default logging prints Tomcat's line for every unhandled exception: `Servlet.
// service() for servlet [dispatcherServlet] … threw exception [Request processing failed: <the
// exception>] with root cause`, then the ROOT cause's trace. The named exception is the outer
// link, the printed trace its cause (spring-boot-app.test.ts: the app's IllegalStateException
// wrapping a JdbcTemplate failure).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

const PREFIX = '2026-12-05T02:01:39.984Z ERROR 25226 --- [shop] [io-18089-exec-3] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: ';
const ROOT = ['org.springframework.dao.EmptyResultDataAccessException: Incorrect result size: expected 1, actual 0', '\tat org.springframework.dao.support.DataAccessUtils.nullableSingleResult(DataAccessUtils.java:194) ~[spring-tx-6.2.12.jar!/:6.2.12]', '\tat org.springframework.jdbc.core.JdbcTemplate.queryForObject(JdbcTemplate.java:890) ~[spring-jdbc-6.2.12.jar!/:6.2.12]', '\tat com.shop.OrderService.stock(OrderService.java:45) ~[!/:1]', '\tat com.shop.OrderService.reserve(OrderService.java:50) ~[!/:1]', '\tat org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:165) ~[tomcat-embed-core-10.1.48.jar!/:na]'].join('\n');

const body = (named: string, trace = ROOT) => `${PREFIX}${named}] with root cause\n\n${trace}`;
const log = (text: string) => createFingerprinter().fingerprint({ source: 'log', service: 'shop', body: text, severityText: 'ERROR' });
const chain = (r: { explain: string[] }) => r.explain.find((e) => e.startsWith('type chain:'))!;

describe("Tomcat's `threw exception [...] with root cause` line", () => {
  it('reads the named exception as the outer link and the printed root cause as its cause', () => {
    const r = log(body('java.lang.IllegalStateException: cannot reserve 2 of X1'));
    expect(chain(r)).toMatch(/^type chain: java\.lang\.IllegalStateException ← org\.springframework\.dao\.EmptyResultDataAccessException — /);
    expect(r.message).not.toContain('with root cause');
  });

  it('keeps a wrapper apart from the failure it wraps, and one link where the named exception is its own root cause', () => {
    const wrapped = log(body('java.lang.IllegalStateException: cannot reserve 2 of X1'));
    const direct = log(body('org.springframework.dao.EmptyResultDataAccessException: Incorrect result size: expected 1, actual 0'));
    expect(wrapped.fingerprint).not.toBe(direct.fingerprint);
    expect(chain(direct)).toMatch(/^type chain: org\.springframework\.dao\.EmptyResultDataAccessException — .*counted once/);
  });

  it("gives the wrapper one signature whatever its message's data", () => {
    const fp = createFingerprinter();
    const a = fp.fingerprint({ source: 'log', service: 'shop', body: body('java.lang.IllegalStateException: cannot reserve 2 of X1'), severityText: 'ERROR' });
    const b = fp.fingerprint({ source: 'log', service: 'shop', body: body('java.lang.IllegalStateException: cannot reserve 3 of X1'), severityText: 'ERROR' });
    expect(a.fingerprint).toBe(b.fingerprint);
  });

  describe('near misses: read as before', () => {
    it('frames right below the line are the named exception’s own', () => {
      const frames = ROOT.split('\n').slice(1).join('\n');
      const r = log(body('java.lang.IllegalStateException: cannot reserve 2 of X1', frames));
      expect(r.explain.join('\n')).not.toContain('←');
    });

    it('a logger line naming an exception without Tomcat’s words', () => {
      const r = log(`2026-12-05 ERROR request failed: java.lang.IllegalStateException: cannot reserve 2 of X1\n${ROOT}`);
      expect(r.explain.join('\n')).not.toContain('← org.springframework');
    });
  });
});
