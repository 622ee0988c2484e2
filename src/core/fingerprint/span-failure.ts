// What a failed span without an exception says of its failure besides its name and its status
// message. The semantic conventions leave those two thin: an HTTP client span is named by its
// method alone (`GET`) when there is no URL template, and its status description MUST stay
// empty when the status comes from the HTTP status code. So every failed call of a service
// (`GET` answered 503 by payments, `GET` answered 404 by inventory) had one name and no message,
// and was one signature. The conventions' own attributes tell them apart:
//   - `error.type`, the low-cardinality class of the error (an exception type, the HTTP or
//     gRPC status, a database's error code), or failing it the response status codes;
//   - for a call to another component (a CLIENT or PRODUCER span, or failing a kind one with
//     `url.full`, `peer.service` or a database system), the callee: `peer.service`,
//     `server.address`, or their names before semantic conventions 1.21 (`net.peer.name`, the
//     host of `http.url`). The kind decides where it is known (rounds-fp/9): instrumentations
//     written to the older conventions (Go's otelhttp v0.46, among them) name an HTTP client's
//     callee by `net.peer.name` and `http.url` only, so a Go service's failed calls to payments
//     and to inventory, both answered 503, were one signature.
import type { Attributes } from '../model.js';
import { reachesOut } from '../span-kind.js';

/** Longest value read as a class of error or a callee; longer text is not a low-cardinality value. */
const MAX_VALUE = 200;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const IPV6 = /^\[?[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}\]?$/;

const text = (value: unknown): string | undefined => {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'string' && value !== '' && value.length <= MAX_VALUE ? value : undefined;
};

/** The class of the error: `error.type`, else the response status codes the span carries. */
function errorClass(a: Attributes): string | undefined {
  const type = text(a['error.type']);
  if (type) return type;
  const http = text(a['http.response.status_code'] ?? a['http.status_code']);
  if (http) return `http ${http}`;
  const grpc = text(a['rpc.grpc.status_code']);
  if (grpc) return `grpc ${grpc}`;
  const db = text(a['db.response.status_code']);
  return db ? `db ${db}` : undefined;
}

/**
 * Whether the span is a call another component answers: its kind says so, or (a span without
 * a kind, or INTERNAL) attributes only a client span carries. A server span's `server.address`
 * is its own name, so attributes alone never make `server.address` a callee.
 */
function isCall(a: Attributes, kind: number | undefined): boolean {
  if (reachesOut(kind)) return true;
  return a['url.full'] !== undefined || a['peer.service'] !== undefined || a['db.system.name'] !== undefined || a['db.system'] !== undefined;
}

/**
 * The component called: its service name, or its address; an IP address (a pod's, a replica's)
 * is one `<ip>`. Where the address does not name the component, an IP or `localhost`, its port
 * does (rounds-fp/19): one host may serve several components, and the OpenTelemetry Demo's
 * checkout calls shipping at `:50050` and email at `:6060`; where both ran beside it (a pod's
 * sidecars, one machine) their refused calls (`dial tcp 127.0.0.1:<port>: connect: connection
 * refused`) were one signature. A host's name names its component; its port is left out.
 */
function callee(a: Attributes): string | undefined {
  const service = text(a['peer.service']);
  if (service) return service.toLowerCase();
  const address = text(a['server.address']) ?? text(a['net.peer.name']);
  // Else the URL's host, and its port where written (a default port is not, and then the host
  // names the component).
  const authority = address === undefined ? URL_AUTHORITY.exec(text(a['url.full']) ?? text(a['http.url']) ?? '') : null;
  const name = address ?? (authority?.[1] || undefined);
  if (!name) return undefined;
  const host = IPV4.test(name) || IPV6.test(name) ? '<ip>' : name.toLowerCase();
  if (host !== '<ip>' && host !== 'localhost') return host;
  const port = text(a['server.port']) ?? text(a['net.peer.port']) ?? (authority?.[2] || undefined);
  return port ? `${host}:${port}` : host;
}

const URL_AUTHORITY = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)(?::(\d{1,5}))?/i;

/**
 * The parts a failed span without an exception adds to its fingerprint, how to explain them, and
 * how to say them to a reader (`http 503 from payments.internal`); none when it carries none.
 */
export function spanFailure(attributes: Attributes | undefined, kind?: number): { parts: string[]; explain: string; summary: string } | undefined {
  if (!attributes) return undefined;
  const cls = errorClass(attributes);
  const called = isCall(attributes, kind) ? callee(attributes) : undefined;
  if (!cls && !called) return undefined;
  const parts = [`class:${cls ?? ''}`, `callee:${called ?? ''}`];
  const said = [cls && `error class ${cls}`, called && `callee ${called}`].filter(Boolean).join(', ');
  const summary = [cls, called && `from ${called}`].filter(Boolean).join(' ');
  return { parts, summary, explain: `${said} — contributes (a failed span without an exception: the semantic conventions' error.type or status code, and the component it called)` };
}
