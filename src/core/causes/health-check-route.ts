// A health check that asks a dependency. A load balancer's or the kubelet's check decides whether an
// instance gets requests; when the check's handler calls a dependency every instance shares (a
// database, a cache), that dependency failing fails the check on every instance at once, and every
// instance is taken out of rotation though each could serve: a dependency's outage becomes the
// whole service's (rubygems/rubygems.org#1898: 'the healthchecks were failing. This removed the pods
// from the service, which resulted in a full outage', fixed by no longer checking the database;
// Azure App Service's documentation on its health check says the same of taking every unhealthy
// instance out). The errors tell it by their route: all of them the check's own.
// The kubelet runs two such checks and does two things with them (Kubernetes' documentation on
// configuring probes): a failing readiness probe takes the pod out of its Service's endpoints, a
// failing liveness probe restarts the container after failureThreshold failures in a row (3 by
// default), dropping the requests in flight and reconnecting to the dependency at once — restarts
// that fix nothing while the dependency stays slow (vectorize-io/hindsight#3329: a liveness /health
// running SELECT 1 on a struggling database, 'restarting the pod fixes nothing and actively
// amplifies the problem'; cockroachdb/cockroach#44832, health checks timing out under load). A
// prober gives up after its own timeout (the kubelet's timeoutSeconds, 1 s by default) and counts
// the check failed, so a check whose errors are waits running out fails with a dependency that is
// only slow — answering, but later than the probe waits — as surely as with one that is down.

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

/**
 * What a check failing on `dependency` says, as a clause of the cause and the fix's first step;
 * `waited` when its errors are waits that ran out (the dependency slow, or the prober gone first).
 */
export function healthCheckWords(service: string, check: Concentration, dependency: string, waited = false): { clause: string; fix: string } {
  const share = `${check.count} of these errors (${Math.round(check.share * 100)}%) are ${service}'s health check, ${check.value}, which asks ${dependency}`;
  const outcome = `as a readiness or load balancer check it takes every instance out of rotation, and as the kubelet's liveness probe it restarts every container (after failureThreshold failures, 3 by default), dropping the requests in flight`;
  if (waited) {
    return {
      clause: `${share}: its answers wait on ${dependency}, and a prober gives up after its own timeout (the kubelet's timeoutSeconds, 1 s by default) and counts the check failed, so ${dependency} answering later than that, slow and not only down, fails the check on every instance at once — ${outcome}, each restart reconnecting to ${dependency} while it is struggling — though each instance could serve`,
      fix: `Give ${service}'s liveness probe an endpoint that asks nothing of ${dependency} (the process answering is enough: restarting ${service} does not make ${dependency} faster), keep ${dependency} out of ${check.value} or at most in the readiness probe with a timeoutSeconds above its slow answers, and let the requests that need ${dependency} wait or degrade on their own; then find why ${dependency} is slow.`,
    };
  }
  return {
    clause: `${share}: a check that fails with a dependency every instance shares fails on all of them at once — ${outcome} — though each could serve, and an outage of ${dependency} becomes one of ${service}`,
    fix: `Take ${dependency} out of ${service}'s health check ${check.value}: a readiness, liveness or load balancer check should fail only when the instance itself cannot serve (its process, its port), not with a dependency all instances share; let the requests that need ${dependency} fail or degrade on their own.`,
  };
}
