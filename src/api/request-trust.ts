// What an API without a key must refuse, since anything that can reach the port can use it:
// state changes sent by a web page of another origin (a page in the operator's browser could
// otherwise mute or merge signatures: cross-site request forgery) and requests whose Host is not
// a name this API is known by (a page that rebinds its own DNS name to 127.0.0.1 could
// otherwise read the API: DNS rebinding). Command-line clients (curl, scripts, the tests) send
// neither Origin nor Sec-Fetch-Site and address the API by a loopback name, so they pass.
//
// Sec-Fetch-Site and Origin are set by browsers and cannot be set by page scripts (Fetch
// standard, "forbidden request-header" names), which is what makes them trustworthy here.
import { isLoopback } from './auth.js';

export interface TrustPolicy {
  /** Compare the Host header with the allowed names (off when API_ALLOWED_HOSTS is `*`). */
  checkHost: boolean;
  /** Lower-case host names (no port) accepted besides loopback ones. */
  allowedHosts: ReadonlySet<string>;
}

/** Built from the settings of an API that runs without a key. */
export function trustPolicy(settings: { API_HOST: string; API_ALLOWED_HOSTS?: readonly string[] }): TrustPolicy {
  const extra = (settings.API_ALLOWED_HOSTS ?? []).map((h) => h.trim().toLowerCase()).filter(Boolean);
  const bind = settings.API_HOST.replace(/^\[|\]$/g, '').toLowerCase();
  const wildcard = bind === '0.0.0.0' || bind === '::';
  // Bound to every interface without a key (API_AUTH_DISABLED, behind the operator's own proxy):
  // the names clients use are unknown, so the Host check runs only when they are listed.
  const checkHost = !extra.includes('*') && (!wildcard || extra.length > 0);
  return { checkHost, allowedHosts: new Set([...extra, ...(wildcard ? [] : [bind])]) };
}

/** The host name of a Host header value, lower-case, without port or brackets. */
export function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  // A bare IPv6 address (no port possible without brackets) has more than one colon.
  const colons = h.split(':').length - 1;
  const name = colons === 1 ? h.slice(0, h.indexOf(':')) : h;
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why a request to the keyless API is refused, or undefined when it may proceed.
 * `kind` picks the error code: a foreign Host or a cross-origin state change.
 */
export function untrustedRequest(
  request: { method: string; headers: Record<string, string | string[] | undefined> },
  policy: TrustPolicy,
): { kind: 'host' | 'origin'; message: string } | undefined {
  const host = first(request.headers.host);
  if (policy.checkHost && host !== undefined) {
    const name = hostName(host);
    if (!isLoopback(name) && !name.endsWith('.localhost') && !policy.allowedHosts.has(name)) {
      return { kind: 'host', message: `Host "${host}" is not a name of this API (loopback names, API_HOST, or API_ALLOWED_HOSTS)` };
    }
  }
  if (SAFE_METHODS.has(request.method.toUpperCase())) return undefined;
  const site = first(request.headers['sec-fetch-site'])?.toLowerCase();
  // `none` is a request the user made directly (typed URL, bookmark), not one a page made.
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { kind: 'origin', message: `a ${site} ${request.method} is refused: this API has no key, so only same-origin pages and command-line clients may change state` };
  }
  const origin = first(request.headers.origin);
  if (origin !== undefined && !sameOrigin(origin, host)) {
    return { kind: 'origin', message: `a ${request.method} from origin ${origin} is refused: this API has no key, so only same-origin pages and command-line clients may change state` };
  }
  return undefined;
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  if (host === undefined) return false;
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    // URL drops the scheme's default port; so may the Host header.
    const defaultPort = url.protocol === 'https:' ? ':443' : ':80';
    const h = host.trim().toLowerCase();
    return url.host === h || url.host === h.replace(new RegExp(`${defaultPort}$`), '');
  } catch {
    return false; // `null` (sandboxed frames, file: pages) and anything unparsable
  }
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
