// The pod's and the container's names a Kubernetes log tail puts before every line it relays.
//
// stern, the multi-pod log tail, prints each line after the pod's name and the container's (its
// default template: pod, space, container, space, message), and infra's engine's gin Recovery
// record was quoted so, every line `infra-engine-85c4449df9-nw5fb infra ` (infrahq/infra#1186,
// threads-50). A line header is taken off up to its last token holding a digit (stacktrace/
// detect.ts): the pod's name, whose generated suffix holds one, and the container's name stayed
// before every line, so the record's value read `infra net/http: abort Handler`.

/**
 * A pod's name as a controller generates it: the owner's name, then a suffix of five characters
 * from the alphabet Kubernetes draws generated names from (consonants and digits that spell no
 * word: `bcdfghjklmnpqrstvwxz2456789`, apimachinery's rand.SafeEncodeString), a Deployment's
 * ReplicaSet's hash of the pod template before it (`infra-engine-85c4449df9-nw5fb`).
 */
export const GENERATED_POD_NAME = /^[a-z0-9](?:[-a-z0-9]{0,200}[a-z0-9])?-[bcdfghjklmnpqrstvwxz2456789]{5}$/;
/** A container's name: a DNS-1123 label (lower-case letters, digits and inner hyphens, at most 63). */
export const CONTAINER_NAME = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;

/** Whether `next`, after a header ending in `last`, is the container's name a log tail printed after the pod's. */
export function isContainerAfterPod(last: string, next: string): boolean {
  return GENERATED_POD_NAME.test(last) && CONTAINER_NAME.test(next);
}
