// Attributes the OpenTelemetry semantic conventions renamed, by their current name. An
// instrumentation written before a rename keeps sending the former name (Go's otelhttp v0.46:
// `http.method`, `net.peer.name`, `http.user_agent`; test/fixtures/fingerprint/otlp), and one
// told to send both (`OTEL_SEMCONV_STABILITY_OPT_IN=http/dup`) sends both names with one value.
// Reading a counted attribute by its current name alone left such a service's calls without a
// callee, method or client in the diagnosis' statistics.
//
// The renames (the conventions' registry of deprecated attributes): HTTP's on the way to their
// stable release, 1.23 (`http.method` → `http.request.method`, `http.status_code` →
// `http.response.status_code`, `http.user_agent` →
// `user_agent.original`, `net.peer.name` → `server.address` on a client span), and messaging's
// (`messaging.destination` → `messaging.destination.name`). `net.host.name`, a server span's
// own name, is left out: it names no peer. `db.system` and `db.name` are counted under their own
// names beside the current ones (core/attribute-stats.ts), as before.
import type { AttributeValue, Attributes } from './model.js';

export const FORMER_NAMES: Readonly<Record<string, readonly string[]>> = {
  'http.request.method': ['http.method'],
  'http.response.status_code': ['http.status_code'],
  'server.address': ['net.peer.name'],
  'user_agent.original': ['http.user_agent'],
  'messaging.destination.name': ['messaging.destination'],
};

/** The attribute `key`, or failing it the first of its former names present. */
export function attributeValue(attributes: Attributes, key: string): AttributeValue | undefined {
  const value = attributes[key];
  if (value !== undefined) return value;
  const former = FORMER_NAMES[key];
  if (former === undefined) return undefined;
  for (const name of former) {
    const v = attributes[name];
    if (v !== undefined) return v;
  }
  return undefined;
}
