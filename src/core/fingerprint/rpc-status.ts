// The gRPC status an RPC client's error states, when it states one: the class of the failure.
// A gRPC client raises one type for every status a call ends with — grpcio's
// `_InactiveRpcError`, grpc-java's `StatusRuntimeException`, Grpc.Net's `RpcException`, Go's
// `*status.Error` — from the client library's frames, and grpcio's message opens with a line
// that names no status: a real Python client's NOT_FOUND, RESOURCE_EXHAUSTED and UNAVAILABLE
// from one function were one signature (test/core/fingerprint/reason-in-message.test.ts).
// Status names: the gRPC status codes (core/grpc-status.ts), each runtime's spelling.
import { GRPC_STATUS_NAMES } from '../grpc-status.js';

/** Every status but OK: the ones a failed call ends with. */
const CODES = new Set(GRPC_STATUS_NAMES.slice(1));

/** Message forms that state a call's status, the status in group 1. */
const STATED_STATUS: readonly RegExp[] = [
  /\bstatus = StatusCode\.([A-Z_]+)/, // grpcio (Python)
  /\brpc error: code = (\w+) desc = /, // grpc-go
  /\bStatus\(StatusCode="(\w+)"/, // Grpc.Core / Grpc.Net.Client (.NET)
  /^\d{1,2} ([A-Z_]+): /, // @grpc/grpc-js (Node)
  /^([A-Z_]+): /, // grpc-java's StatusRuntimeException / StatusException
];

/** `NotFound`, `NOT_FOUND` → `NOT_FOUND`. */
const canonical = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

/** The gRPC status the message states (one of the status codes but OK), or undefined. */
export function statedRpcStatus(message: string): string | undefined {
  if (message.length > 2000) message = message.slice(0, 2000);
  for (const re of STATED_STATUS) {
    const name = re.exec(message)?.[1];
    if (name === undefined) continue;
    const code = canonical(name);
    if (CODES.has(code)) return code;
  }
  return undefined;
}
