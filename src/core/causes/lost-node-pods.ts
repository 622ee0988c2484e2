// The pods of several services lost at the same moment because the node they shared went: a spot or
// preemptible instance reclaimed (EC2 gives a Spot instance two minutes' notice, and
// aws-node-termination-handler or Karpenter then evicts every pod on it at once:
// aws/aws-node-termination-handler#858), a node drained or failed. Each service keeps its other
// replicas on other nodes, so none of them is down; its callers, though, still dial the lost pods'
// addresses until the endpoints and their own balancers drop them — the calls in flight are reset,
// the next are refused or time out (istio/istio#33466 and #9239: on GKE's preemptible nodes, failing
// requests at every preemption and never at a rolling update; kubernetes/kubernetes#116965: a node's
// terminating pods kept in the endpoints under graceful node shutdown). The replacements start
// elsewhere, with other addresses, and the errors stop.
//
// Its sign in one caller's errors: its failures at the addresses its samples name (a refused dial, a
// reset read, nginx's upstream: replaced-upstream-pods.ts failedAt), together with those of its other
// signatures (the calls to its other peers), show three or more peer services each failing at one
// address (or two) in one burst and never again, the bursts within minutes of each other, this
// signature's among them. One peer's addresses refused in turn is that peer's rolling deploy
// (replaced-upstream-pods.ts); one address refused again and again is a pod crash-looping; a peer
// refused at every address is that peer down; and one peer failing alone is no node's doing.
import type { LostNodePods, Occurrence } from '../model.js';
import { failedAt } from './replaced-upstream-pods.js';

/** Fewest peer services whose pods failed together that read as their node lost. */
export const MIN_LOST_PEERS = 3;
/**
 * Longest time one address may keep failing and still be one pod's loss: the node's pods stay in the
 * endpoints until they are evicted or the node controller marks the node not ready (40 s by default,
 * kubernetes/kubernetes#97112), and the callers' balancers drop them after.
 */
export const LOST_BURST_MS = 120_000;
/** Longest time between the first failures of the peers' pods: the two minutes of a Spot notice. */
export const LOST_TOGETHER_MS = 150_000;
/** Most addresses one peer may fail at and still be one node's pods of it (more is the peer down, or pods replaced in turn). */
const MAX_ADDRESSES_PER_PEER = 2;
/** Share of the signature's own samples that must name the address they failed at. */
const MIN_NAMING_SHARE = 0.8;

/** The peer a sample's span calls, by the name it dials (`peer.service`, else `server.address`), or the site nginx's line names. */
function peerOf(o: Occurrence, site: string | undefined): string | undefined {
  const named = o.attributes['peer.service'] ?? o.attributes['server.address'];
  return typeof named === 'string' && named !== '' ? named.toLowerCase() : site;
}

interface Seen {
  address: string;
  peer?: string;
  samples: number;
  firstMs: number;
  lastMs: number;
}

/**
 * The peers whose pods were lost at once, when the signature's own failures (`own`) and its service's
 * other signatures' (`others`, the baseline samples) show them; undefined otherwise.
 */
export function lostNodePodsOf(own: Occurrence[], others: Occurrence[]): LostNodePods | undefined {
  const mine = own.map((o) => ({ o, f: failedAt(o) })).filter((x) => x.f !== undefined);
  if (mine.length === 0 || mine.length < MIN_NAMING_SHARE * own.length) return undefined;
  const theirs = others.map((o) => ({ o, f: failedAt(o) })).filter((x) => x.f !== undefined);
  const by = new Map<string, Seen>();
  for (const { o, f } of [...mine, ...theirs]) {
    const peer = peerOf(o, f!.site);
    const seen = by.get(f!.address);
    if (seen) {
      seen.samples++;
      seen.firstMs = Math.min(seen.firstMs, f!.timeMs);
      seen.lastMs = Math.max(seen.lastMs, f!.timeMs);
      seen.peer ??= peer;
    } else by.set(f!.address, { address: f!.address, peer, samples: 1, firstMs: f!.timeMs, lastMs: f!.timeMs });
  }
  const ownAddresses = new Set(mine.map((x) => x.f!.address));
  const ownSeen = [...ownAddresses].map((a) => by.get(a)!);
  // The signature's own failures: each address one burst, all of them together.
  if (ownSeen.some((s) => s.lastMs - s.firstMs > LOST_BURST_MS)) return undefined;
  const start = Math.min(...ownSeen.map((s) => s.firstMs));
  if (Math.max(...ownSeen.map((s) => s.firstMs)) - start > LOST_TOGETHER_MS) return undefined;
  // The addresses that began failing within the window around them, each a burst of its own.
  const together = [...by.values()].filter((s) => Math.abs(s.firstMs - start) <= LOST_TOGETHER_MS);
  if (together.some((s) => s.lastMs - s.firstMs > LOST_BURST_MS)) return undefined;
  const peers = new Map<string, Seen[]>();
  for (const s of together) {
    if (!s.peer) continue;
    peers.set(s.peer, [...(peers.get(s.peer) ?? []), s]);
  }
  if (peers.size < MIN_LOST_PEERS) return undefined;
  if ([...peers.values()].some((list) => list.length > MAX_ADDRESSES_PER_PEER)) return undefined;
  // The signature's own peer must be one of them: its failures are part of the loss.
  if (!ownSeen.some((s) => s.peer !== undefined && peers.has(s.peer))) return undefined;
  const list = [...peers.entries()]
    .map(([peer, seen]) => ({ peer, addresses: seen.map((s) => s.address).sort(), samples: seen.reduce((n, s) => n + s.samples, 0), firstMs: Math.min(...seen.map((s) => s.firstMs)) }))
    .sort((a, b) => a.firstMs - b.firstMs || a.peer.localeCompare(b.peer));
  return { peers: list, firstMs: Math.min(...together.map((s) => s.firstMs)), lastMs: Math.max(...together.map((s) => s.lastMs)) };
}

/** A peer's name as people say it: a cluster DNS name's Service (`lumen-pricing-headless.lumen.svc.cluster.local` → `lumen-pricing-headless`). */
function shortName(peer: string): string {
  const m = /^([a-z0-9-]+)\.[a-z0-9-]+\.svc(?:\.cluster\.local)?$/.exec(peer);
  return m ? m[1] : peer;
}

/** What the lost pods say, as a cause and a fix, for the caller `caller`. */
export function lostNodePods(caller: string, found: LostNodePods): { cause: string; fix: string; numbers: string } {
  const names = found.peers.map((p) => shortName(p.peer));
  const listed = found.peers.map((p) => `${shortName(p.peer)} at ${p.addresses.join(' and ')}`).join(', ');
  const at = new Date(found.firstMs).toISOString().slice(11, 19);
  const seconds = Math.max(1, Math.round((found.lastMs - found.firstMs) / 1000));
  return {
    cause: `The pods of ${names.length} services were lost at the same moment — ${listed} — and ${caller}'s calls to them were reset and refused for ${seconds} s from ${at} UTC, each address in one burst and never again, and no other address of theirs failed. Pods of different services have in common only where they ran: one Kubernetes node went, with each service's pod on it — a spot or preemptible instance reclaimed (EC2's two-minute interruption notice, after which a termination handler evicts every pod on the node at once), a node drained, or a node that failed. None of the services is down and no release of theirs is at fault: their replacements started elsewhere, with new addresses.`,
    fix: `Find the node those addresses ran on (the pods' events and the node's: kubectl get events -A --field-selector involvedObject.kind=Node; a spot interruption or preemption in the cloud's instance events) and make the loss of one node invisible to ${caller}: let the termination handler cordon the node and drain it through the eviction API with PodDisruptionBudgets rather than delete every pod at once (aws-node-termination-handler, Karpenter's interruption handling, GKE's graceful node shutdown), give each service a preStop delay and a server that drains on SIGTERM (Go's GracefulStop, http.Server.Shutdown) so its endpoints go before it stops listening, spread each service's replicas over nodes and over spot and on-demand capacity (topologySpreadConstraints on kubernetes.io/hostname and karpenter.sh/capacity-type), and have ${caller} retry an idempotent call refused or reset on another pod. Restarting or rolling back ${names.join(', ')} does not help.`,
    numbers: `Addresses lost together: ${found.peers.map((p) => `${shortName(p.peer)} at ${p.addresses.join(' and ')} (${p.samples} sample${p.samples === 1 ? '' : 's'} from ${new Date(p.firstMs).toISOString().slice(11, 19)})`).join(', ')}.`,
  };
}
