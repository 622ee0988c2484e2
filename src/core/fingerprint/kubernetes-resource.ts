// A Kubernetes resource as the API server's errors name it: `<resource>.<group> "<name>"`
// (apimachinery's StatusError wordings, the resource qualified by its API group:
// `Operation cannot be fulfilled on clusters.hwameistor.io "hwameistor-cluster": the object has
// been modified…`, `deployments.apps "web" not found`, `… "x" already exists`, `… is forbidden`,
// `… is invalid`). The qualified resource is a kind, which controller's resource failed; the
// quoted name after it is the object's.
//
// A group is a DNS-style name (the Kubernetes API conventions: a CRD's group is a domain its
// author owns), so `clusters.hwameistor.io` looked like a host and was masked (`<hostname>`), and
// where one was not (`volumesnapshotbackups.datamover.oadp.openshift.io`) the template miner took
// the place for a value: hwameistor's Cluster conflict and OADP's VolumeSnapshotBackup conflict,
// logged by controller-runtime as one `Reconciler error` with one stack, were one signature
// (threads-21). A dotted name right before a quoted name keeps its words, and two such names
// keep two messages apart (template-tokens.ts).

/**
 * Not a host: a dotted name followed by a space and a quoted name, as written in text or inside
 * a JSON string (`\"name\"`, zap's and logr's console records). Appended to the host pattern of
 * parameterize.ts.
 */
export const NOT_BEFORE_OBJECT_NAME = '(?! \\\\?")';

/** A lower-case dotted name, each label as DNS writes it (RFC 1123 §2.1). */
const QUALIFIED_RESOURCE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){1,10}$/;
/** The object's quoted name after it, in text or inside a JSON string. */
const OBJECT_NAME = /^\\?"[^"\\]{1,253}\\?"/;

/** Whether `token`, followed by `next`, is a qualified resource naming an object. */
export function isQualifiedResource(token: string, next: string | undefined): boolean {
  return next !== undefined && QUALIFIED_RESOURCE.test(token) && OBJECT_NAME.test(next);
}

/** Two different qualified resources at one place of two messages: two controllers' failures. */
export function differentQualifiedResources(a: string, b: string, nextA: string | undefined, nextB: string | undefined): boolean {
  return a !== b && isQualifiedResource(a, nextA) && isQualifiedResource(b, nextB);
}
