// A form's CSRF token refused because the instance that received the post does not hold the session
// it was issued in: sessions (and the CSRF secret each keeps) live in one instance's memory or local
// files — express-session's MemoryStore, which warns at start that it 'will not scale past a single
// process', PHP's and Laravel's file sessions, a framework's local token cache — and a load balancer
// without session affinity sends the next request to another instance. digininja/DVWA#292: one app
// on two web servers behind a balancer, each fine alone, 'constantly getting a CSRF Token issue'
// through it ('one of the sites will be issuing the csrf token then the submission goes to the
// other site which doesn't recognise it'); togglz/togglz#500: 'n-1 instances will not know the
// token'; komuw/ong#35. The words are the service's own check of its users' requests (csurf's
// `invalid csrf token`, EBADCSRFTOKEN; Laravel's TokenMismatchException `CSRF token mismatch`;
// Flask-WTF's `The CSRF session token is missing`; Symfony's `Invalid CSRF token`), so no peer
// refused any credential of the service's. A token kept in a cookie instead (gorilla/csrf, Django's
// `CSRF cookie not set`) travels with the client and is not this. When one instance holds all the
// refusals, that instance lost its sessions (a restart) or serves alone: the place or the release
// rules read it, not this one; so do errors whose instances no attribute names.
/** A CSRF token refused against the session it should be in, in the words of the frameworks that keep it there. */
export const SESSION_CSRF_REFUSED = /\binvalid csrf token\b|\bEBADCSRFTOKEN\b|\bCSRF token mismatch\b|\bThe CSRF session token is missing\b|\bInvalid CSRF token\b/i;

/**
 * Whether refusals of a session's CSRF token come from more than one instance: the evidence counts
 * two or more instances each carrying a tenth of them (core/failing-instances.ts). One instance, or
 * none counted, is not enough to say the sessions are split between instances.
 */
export function refusedOnSeveralInstances(failingInstances: number | undefined): boolean {
  return (failingInstances ?? 0) >= 2;
}

/** The cause and fix for `service` refusing its users' CSRF tokens across its instances. */
export function perInstanceSession(service: string, words: string): { cause: string; fix: string } {
  return {
    cause: `${service} refuses its own users' form posts for a CSRF token their session does not hold ("${words}"), on more than one of its instances: the sessions, and the CSRF secret each keeps, are held in one instance's memory or local files (an in-memory session store such as express-session's MemoryStore, file sessions), so a request the load balancer sends to an instance other than the one that issued the session finds none. It starts when the service is scaled out from one instance, or when instances restart; users are logged out or refused on every other request. No peer refused a credential, and the clients' tokens are not forged.`,
    fix: `Keep ${service}'s sessions in a store its instances share (Redis through connect-redis, Laravel's redis or database session driver, a database), or until then turn on session affinity at the load balancer (a Kubernetes Service's sessionAffinity: ClientIP, sticky sessions on the ingress or ALB); scaling back to one instance only hides it.`,
  };
}
