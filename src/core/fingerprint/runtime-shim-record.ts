// A record a containerd runtime shim wrote, relayed through containerd's own log. Each shim is a
// program of its own (containerd-shim-runc-v2, one per task) that containerd starts and whose log
// it copies into its own output, and the shim's logger stamps every record with the runtime it
// serves as a `runtime` field, a plugin id in containerd's `io.containerd.<name>.v<N>` form
// (`runtime=io.containerd.runc.v2`; the containerd round's label.py, programs/containerd, names
// the statements). The shim shares containerd's plugin loader, so one text comes from two
// statements in two programs: the daemon's `loading plugin "io.containerd.grpc.v1.cri"...` and
// the shim's `loading plugin "io.containerd.ttrpc.v1.task"...` (runtime=io.containerd.runc.v2).
// Read as its message alone, with the other fields as context (docs/fingerprinting.md), each pair
// was one signature (server-logs-62.test.ts: containerd 0.534). Such a record's message is read
// after a `runtime shim:` mark: the shim's statement, whichever runtime (runc v1 or v2, another
// vendor's) relayed it, one template. A `runtime` field holding anything else (a duration, a
// language runtime's name: `runtime=go1.22`, `runtime=12ms`) is context as before.
const SHIM_RUNTIME_FIELD = /(?:^|\s)runtime=io\.containerd\.[a-z0-9_-]{1,40}\.v\d{1,3}(?=\s|$)/;
// Quoted values are the record's text, not its fields: containerd's `cleanup warnings %s` quotes
// the shim's own records, `runtime=` among them, inside its message.
const QUOTED_VALUE = /"(?:[^"\\]|\\.){0,4000}"/g;
const SHIM_RUNTIME_VALUE = /^io\.containerd\.[a-z0-9_-]{1,40}\.v\d{1,3}$/;

/** The mark a relayed shim record's message is read after. */
export const RUNTIME_SHIM_MARK = 'runtime shim:';

/** True when a logfmt record's (or logrus TTY line's) fields name a containerd runtime shim's `runtime`. */
export function hasShimRuntimeField(fields: string): boolean {
  return SHIM_RUNTIME_FIELD.test(fields.replace(QUOTED_VALUE, '""'));
}

/** True when a JSON record's `runtime` value is a containerd runtime shim's. */
export function hasShimRuntimeValue(value: unknown): boolean {
  return typeof value === 'string' && SHIM_RUNTIME_VALUE.test(value);
}

/** The message, after the shim's mark when the record is a shim's. */
export function markedIfShimRecord(message: string, isShim: boolean): string {
  return isShim ? `${RUNTIME_SHIM_MARK} ${message}` : message;
}
