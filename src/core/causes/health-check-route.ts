// A health check that asks a dependency. A load balancer's or the kubelet's check decides whether an
// instance gets requests; when the check's handler calls a dependency every instance shares (a
// database, a cache), that dependency failing fails the check on every instance at once, and every
// instance is taken out of rotation though each could serve: a dependency's outage becomes the
// whole service's (rubygems/rubygems.org#1898: 'the healthchecks were failing. This removed the pods
// from the service, which resulted in a full outage', fixed by no longer checking the database;
// Azure App Service's documentation on its health check says the same of taking every unhealthy
// instance out). The errors tell it by their route: all of them the check's own.
import type { Concentration, Evidence } from '../model.js';

/** The path segment a health check is served under, as frameworks and conventions name it. */
const CHECK_SEGMENT = /^(?:_?health(?:z|check|-check|_check|y)?|livez|readyz|livenessz?|readiness|liveness|ready|live|alive|ping|up)$/i;
/**
 * Segments a check's path may sit under: Spring Boot's /actuator, Quarkus' /q, Prometheus' /-,
 * an internal or management prefix, an API version, and /health itself (/health/ready). A route
 * under anything else (`/orders/:id/ready`) is the application's own, not a check.
 */
const CHECK_PREFIX = /^(?:actuator|q|-|_|internal|admin|management|manage|ops|sys|system|api|v\d+|health|healthz|monitor|monitoring)$/i;

/** Whether an HTTP route is a health check's: a check's segment last, under nothing but a check's prefixes. */
export function isHealthCheckRoute(route: string): boolean {
  const segments = route.split('?')[0].split('/').filter((s) => s !== '');
  if (segments.length === 0 || segments.length > 3) return false;
  const last = segments[segments.length - 1];
  return CHECK_SEGMENT.test(last) && segments.slice(0, -1).every((s) => CHECK_PREFIX.test(s));
}

/** The health check route nearly all of a signature's errors come from (80 %, at least 5), if any. */
export function healthCheckRoute(ev: Pick<Evidence, 'concentrations'>): Concentration | undefined {
  return ev.concentrations.find((c) => c.key === 'http.route' && c.count >= 5 && c.share >= 0.8 && isHealthCheckRoute(c.value));
}

/** What a check failing on `dependency` says, as a clause of the cause and the fix's first step. */
export function healthCheckWords(service: string, check: Concentration, dependency: string): { clause: string; fix: string } {
  return {
    clause: `${check.count} of these errors (${Math.round(check.share * 100)}%) are ${service}'s health check, ${check.value}, which asks ${dependency}: a check that fails with a dependency every instance shares fails on all of them at once, so the load balancer or the kubelet takes every instance out of rotation though each could serve, and an outage of ${dependency} becomes one of ${service}`,
    fix: `Take ${dependency} out of ${service}'s health check ${check.value}: a readiness or load balancer check should fail only when the instance itself cannot serve (its process, its port), not with a dependency all instances share; let the requests that need ${dependency} fail or degrade on their own.`,
  };
}
