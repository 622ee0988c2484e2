// The Kubernetes API's generic words for an answer's status code. When an API server (or an
// aggregated one behind it: metrics.k8s.io's metrics-server) answers with no Status object of its
// own, client-go builds the error from the code alone (k8s.io/apimachinery, pkg/api/errors'
// NewGenericServerResponse), and kubectl and every controller built on client-go print those words,
// often with the verb and resource after them (`… (get pods)`):
//  - 401, `the server has asked for the client to provide credentials`: the credentials were refused
//    (a token expired or revoked, a bound service-account token not refreshed: kubernetes/client-go#1345;
//    kubectl's `error: You must be logged in to the server (the server has asked for the client to
//    provide credentials)`, hasura/support#125) — a login refused, read with login-refused.ts' words;
//  - 403, `the server does not allow access to the requested resource`: the identity was accepted and
//    lacks the permission (RBAC) — a permission refused;
//  - 503, `the server is currently unable to handle the request`: the server, or the aggregated API
//    server it proxies to, is not serving (`… (get pods.metrics.k8s.io)` while metrics-server is down).
// Not 404's `the server could not find the requested resource` (a resource or API group the server does
// not serve: a version skew or a CRD not installed), 409's `the server reported a conflict`, or 500's
// `an error on the server (…) has prevented the request from succeeding`: none of them says what failed.

/** 401 in client-go's words: the credentials refused. */
export const KUBE_CREDENTIALS_REFUSED = /\bthe server has asked for the client to provide credentials\b/;

/** 403 in client-go's words: the identity accepted, the permission refused. */
export const KUBE_ACCESS_REFUSED = /\bthe server does not allow access to the requested resource\b/;

/** 503 in client-go's words: the API server, or the aggregated API behind it, not serving. */
export const KUBE_UNAVAILABLE = /\bthe server is currently unable to handle the request\b/;
