// A Spring Boot web app failing in its own services (test/fixtures/fingerprint/programs/
// spring-boot-app: Spring Boot 3.5.7, Tomcat 10.1, Spring MVC 6.2.12, Spring Data JPA over H2,
// Hibernate Validator). Its traces are a web framework's: 50-odd frames under the app's, Tomcat's
// valves and filter chain, DispatcherServlet, reflection, and between controller and service a
// CGLIB proxy (`CustomerService$$SpringCGLIB$$0.greeting(<generated>)`) with the transaction and
// method-validation interceptors. 13 failures, each met three times with other data, labelled by
// the statement that failed. Each is read in two forms: the exception as the OpenTelemetry Java
// agent records it (a ServletException unwrapped to its root cause; type, message,
// printStackTrace text), and the ERROR record Tomcat logs through Spring Boot's default console
// pattern (`Servlet.service() ... threw exception [Request processing failed: <the cause>] with
// root cause`, then the root cause's stack).
import { describe, expect, it } from 'vitest';
import { mergedFailures, splitFailures } from './failure-groups.js';
import { spanAndLogProgram } from './span-and-log-program.js';

const program = spanAndLogProgram('spring-boot-app', 'java');
const { rows, spans, logs } = program;
type Form = 'exception' | 'logging';
const fingerprinted = (form: Form) => program.fingerprinted(form);

describe('a Spring Boot web app failing in its own services', () => {
  it('is what the program says: 13 failures, each met three times, under a framework\'s deep stack', () => {
    program.expectFailures(13);
    for (const r of spans) {
      expect(r.stacktrace!.split('\n\tat ').length, r.failure).toBeGreaterThan(45);
      expect(r.stacktrace, r.failure).toContain('org.apache.catalina.core.StandardWrapperValve.invoke');
    }
    expect(spans.some((r) => r.stacktrace!.includes('$$SpringCGLIB$$0.greeting(<generated>)'))).toBe(true);
    for (const r of logs) {
      expect(r.body, r.failure).toMatch(/^\S+ ERROR \d+ --- \[shop\] [^\n]*Servlet\.service\(\) for servlet \[dispatcherServlet\]/);
      expect(r.body, r.failure).toContain('] with root cause\n\n');
    }
  });

  // Tomcat's record names the exception in its line and prints the ROOT cause's trace below; it
  // is read as that exception caused by the printed one (servlet-root-cause.test.ts), so the
  // app's IllegalStateException wrapping JdbcTemplate's failure has the chain the agent's event
  // has. (Before, the named type took the root cause's frames and kept `] with root cause` in its
  // message; the figures were the same.)
  it("reads Tomcat's record with the chain the agent's event has", () => {
    const chainOf = (rs: ReturnType<typeof fingerprinted>, failure: string) => rs.find((r) => r.failure === failure)!.result.explain.find((e) => e.startsWith('type chain:'))!.split(' — ')[0];
    const ex = fingerprinted('exception');
    const lg = fingerprinted('logging');
    expect(chainOf(lg, 'reserve IllegalStateException wrapping')).toBe(chainOf(ex, 'reserve IllegalStateException wrapping'));
    for (const r of lg) expect(r.result.message, r.failure).not.toContain('with root cause');
  });

  // Measured with rounds-fp/19. One merge in each form, no split: OrderService.place calls
  // `findById(..).orElseThrow()` twice, for the customer and for the product. Both throw
  // java.util.NoSuchElementException "No value present" from Optional.orElseThrow at the same
  // crash site through the same runtime call; only the line number (39, 40) differs, and line
  // numbers never contribute (they move with every edit).
  const KNOWN_MERGES: Record<Form, string[][]> = {
    exception: [['place customers.findById orElseThrow', 'place products.findById orElseThrow']],
    logging: [['place customers.findById orElseThrow', 'place products.findById orElseThrow']],
  };

  for (const form of ['exception', 'logging'] as const) {
    describe(`read as ${form === 'exception' ? "the agent's exception event" : "Tomcat's ERROR record"}`, () => {
      const results = fingerprinted(form);

      it('makes one signature of each failure, whatever its data', () => {
        expect(splitFailures(results)).toEqual([]);
      });

      it('makes one signature of two failures only where the record does not tell them apart', () => {
        expect(mergedFailures(results).map((m) => [...m].sort()).sort()).toEqual(KNOWN_MERGES[form]);
        expect(new Set(results.map((r) => r.result.fingerprint)).size).toBe(12);
      });

      it("names the app's own method as the crash site, not the proxy, the interceptors or the framework", () => {
        for (const r of results) {
          const site = r.result.explain.find((e) => e.startsWith('crash site:'));
          expect(site, r.failure).toMatch(/^crash site: com\.shop\.(CustomerService|OrderService)\.\S+ — contributes/);
          expect(site, r.failure).not.toContain('$$SpringCGLIB$$');
        }
      });
    });
  }
});
