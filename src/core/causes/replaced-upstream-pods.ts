// A peer's pods replaced by a rolling deploy while their callers still send them requests. When a pod
// is deleted, the kubelet stops its containers while the endpoints controller removes it from its
// Service, concurrently; kube-proxy and the proxies that dial pods directly (ingress-nginx, Envoy,
// Traefik, a client-side balancer) learn of the removal a second or more later. A server that exits at
// once on SIGTERM (Node's default, a Go server without Shutdown) and has no preStop delay leaves that
// time in which its address is refused, and the requests it was answering are cut
// (kubernetes/kubernetes#43576: 'Lost requests when doing a rolling update'; kubernetes/ingress-nginx
// #3639: '502 and "Connection refused while connecting to upstream" scaling pods down (or deleting
// pods)'; kubernetes/ingress-nginx#7097: '502 error on deployment rolling update').
//
// Its sign in the callers' errors: several of the peer's addresses each refused in one short burst of
// its own and never again. A deploy gives the new pods new addresses, so an old one is not dialled
// after its burst; a pod that crashes and restarts keeps its address and is refused again at each
// crash, and a peer that is down is refused at the same addresses for as long as it is down. Read from
// the stored samples (the first ones and one a second of the latest), each naming the address it was
// refused at: nginx's error log (`connect() failed (111: Connection refused) while connecting to
// upstream, … upstream: "http://10.42.1.22:3000/…"`, and the requests cut on their way, `upstream
// prematurely closed connection while reading response header from upstream` or `(104: Connection
// reset by peer) while reading response header from upstream`), or a client's own words for a refused
// dial (stale-address.ts: Go's, Node's, Python's, .NET's) and Go's for a reset one (`read tcp
// <local>-><address>:<port>: read: connection reset by peer`).
import type { Occurrence, ReplacedAddress, ReplacedUpstreamPods } from '../model.js';
import { loopbackAddress, refusedDialledAddress } from './stale-address.js';

/** Longest time one address's samples may span and still be one burst: endpoints propagate in seconds. */
export const REPLACED_BURST_MS = 60_000;
/** Fewest addresses refused, each in a burst of its own, that read as pods replaced in turn. */
export const MIN_REPLACED_ADDRESSES = 3;
/** Share of the samples that must name the address they failed at. */
const MIN_NAMING_SHARE = 0.8;

/** nginx's error-log line for an upstream it could not connect to, or that dropped the request it was sent. */
const NGINX_UPSTREAM_FAILED = /\b(?:connect\(\) failed \((?:111: Connection refused|104: Connection reset by peer)\) while connecting to upstream|upstream prematurely closed connection while reading (?:response header|upstream)|recv\(\) failed \(104: Connection reset by peer\) while reading response header from upstream)\b/;
/** The upstream address the line names (`upstream: "http://10.42.1.22:3000/path"`). */
const NGINX_UPSTREAM_ADDRESS = /\bupstream: "(?:[a-z][a-z0-9+.-]*:\/\/)?((?:\d{1,3}\.){3}\d{1,3}|\[[0-9a-f:]+\]):(\d{1,5})[/"]/i;
/** The request's Host the line names: the site whose upstream it is. */
const NGINX_HOST = /\bhost: "([a-z0-9][a-z0-9.-]{0,252})"/i;
/** Go's words for a connection its peer reset: `read tcp <local>-><remote>:<port>: read: connection reset by peer`. */
const GO_RESET = /\b(?:read|write) tcp[46]? [^\s>]+->((?:\d{1,3}\.){3}\d{1,3}|\[[0-9a-f:]+\]):(\d{1,5}): (?:read|write): connection reset by peer\b/i;

export interface Failed {
  address: string;
  timeMs: number;
  site?: string;
}

/** The address one sample's words say it failed at (a refused dial, a reset read, nginx's upstream), when they say it. */
export function failedAt(o: Occurrence): Failed | undefined {
  const text = [o.body, o.exception?.message, o.statusMessage].filter((s): s is string => typeof s === 'string' && s !== '').join('\n');
  if (!text) return undefined;
  if (NGINX_UPSTREAM_FAILED.test(text)) {
    const m = NGINX_UPSTREAM_ADDRESS.exec(text);
    if (!m || loopbackAddress(m[1].replace(/^\[|\]$/g, ''))) return undefined;
    return { address: `${m[1]}:${m[2]}`, timeMs: o.timeMs, site: NGINX_HOST.exec(text)?.[1]?.toLowerCase() };
  }
  const reset = GO_RESET.exec(text);
  if (reset) return loopbackAddress(reset[1].replace(/^\[|\]$/g, '')) ? undefined : { address: `${reset[1]}:${reset[2]}`, timeMs: o.timeMs };
  const refused = refusedDialledAddress(text);
  return refused ? { address: `${refused.address}:${refused.port}`, timeMs: o.timeMs } : undefined;
}

/**
 * The peer's addresses refused one after another, each in one short burst and never again, when
 * the samples show it: most samples name the address they failed at, at least MIN_REPLACED_ADDRESSES
 * addresses, every address's samples within REPLACED_BURST_MS, at least two addresses seen twice (a
 * burst, not one stray sample) and not all bursts at one moment (a whole Service failing at once is
 * not pods replaced in turn). Undefined otherwise: one address refused for good (the peer down), one
 * refused again and again (a pod crash-looping at its address), or several refused all along.
 */
export function replacedUpstreamPodsOf(occurrences: Occurrence[]): ReplacedUpstreamPods | undefined {
  const failed = occurrences.map(failedAt).filter((f): f is Failed => f !== undefined);
  if (failed.length < MIN_NAMING_SHARE * occurrences.length) return undefined;
  const by = new Map<string, ReplacedAddress>();
  for (const f of failed) {
    const a = by.get(f.address);
    if (a) {
      a.samples++;
      a.firstMs = Math.min(a.firstMs, f.timeMs);
      a.lastMs = Math.max(a.lastMs, f.timeMs);
    } else by.set(f.address, { address: f.address, samples: 1, firstMs: f.timeMs, lastMs: f.timeMs });
  }
  const addresses = [...by.values()].sort((a, b) => a.firstMs - b.firstMs || a.address.localeCompare(b.address));
  if (addresses.length < MIN_REPLACED_ADDRESSES) return undefined;
  if (addresses.some((a) => a.lastMs - a.firstMs > REPLACED_BURST_MS)) return undefined;
  if (addresses.filter((a) => a.samples >= 2).length < 2) return undefined;
  // Pods replaced in turn: some address's burst ends before another's begins.
  const staggered = addresses.some((a) => addresses.some((b) => a.lastMs < b.firstMs));
  if (!staggered) return undefined;
  const sites = new Set(failed.map((f) => f.site).filter((s): s is string => s !== undefined));
  return { addresses, ...(sites.size === 1 ? { site: [...sites][0] } : {}) };
}

/** What the replaced pods say, as a cause's clause and a fix, for `caller` and the peer `peer` (a name, or the words for it). */
export function replacedUpstreamPods(caller: string, peer: string, found: ReplacedUpstreamPods): { clause: string; fix: string; numbers: string } {
  const listed = found.addresses.slice(0, 6).map((a) => a.address).join(', ');
  const more = found.addresses.length > 6 ? ` and ${found.addresses.length - 6} more` : '';
  return {
    clause: `${peer} is being replaced by rolling deploys whose old pods stop before ${caller} stops sending them requests: ${found.addresses.length} of its addresses (${listed}${more}) were each refused in one short burst of its own and never again — a deploy's new pods get new addresses, where a pod that crashes and restarts keeps its own and one that is down stays refused. Each old pod exits at once on SIGTERM while its endpoint is still being removed from the Service and from ${caller}'s list of upstreams, so for a second or more its address is refused and the requests it was answering are cut; the new pods serve`,
    fix: `Make ${peer}'s pods leave the endpoints before they stop listening: a preStop hook that sleeps longer than the endpoints take to propagate (5 to 15 seconds; lifecycle.preStop.exec sleep, or the sleep action of Kubernetes 1.30+), a server that on SIGTERM stops accepting new connections only after that and drains the requests in flight (Node's server.close(), Go's http.Server.Shutdown), and a terminationGracePeriodSeconds longer than both; keep maxUnavailable 0 with a readiness probe so new pods take traffic before old ones go. Have ${caller} retry a connection refused on another upstream (nginx's proxy_next_upstream error). Rolling back does not help: every rollout does it.`,
    numbers: `Refused addresses, each in one burst: ${found.addresses.slice(0, 6).map((a) => `${a.address} (${a.samples} sample${a.samples === 1 ? '' : 's'} over ${Math.round((a.lastMs - a.firstMs) / 1000)} s at ${new Date(a.firstMs).toISOString().slice(11, 19)})`).join(', ')}${more}.`,
  };
}
