// A gRPC server closing a client's connection because the client pings it more often than its
// keepalive policy permits. gRPC's client-side keepalive design (grpc/proposal A8) has the server
// answer such a client with GOAWAY, HTTP/2 error ENHANCE_YOUR_CALM and the debug data
// "too_many_pings", and close the connection: every RPC in flight on it ends UNAVAILABLE, so a
// caller reads the server as dropping connections when the pings that ended them are its own.
// grpc-go's server counts a ping sooner than its EnforcementPolicy.MinTime (5 minutes unless set)
// after the last as a strike (at most two allowed) while a stream is open, and one sooner than
// two hours after the last while none is, unless PermitWithoutStream; C-core servers read
// grpc.http2.min_ping_interval_without_data_ms and grpc.keepalive_permit_without_calls.
//
// Each runtime's words for it: grpc-go's status `… received prior goaway: code: ENHANCE_YOUR_CALM,
// debug data: "too_many_pings"`, C-core's log `Received a GOAWAY with error code ENHANCE_YOUR_CALM
// and debug data equal to "too_many_pings"` and its status `Too many pings`, grpc-java's
// `HTTP/2 error code: ENHANCE_YOUR_CALM, debug data: too_many_pings`, grpc-js's `rejected by server
// because of excess pings`. ENHANCE_YOUR_CALM alone is not read: HTTP/2 servers send it for other
// abuse (a flood of resets or settings), which names no keepalive.

/** A server's refusal of the client's keepalive pings, in the words of gRPC's runtimes. */
export const KEEPALIVE_REFUSED = /\btoo[_ ]many[_ ]pings\b|\brejected by server because of excess pings\b/i;

/** What the refusal says, as a cause's clause and a fix, for `client` pinging `server`. */
export function keepaliveRefused(client: string, server: string | undefined): { clause: string; fix: string } {
  const peer = server ?? 'its gRPC server';
  return {
    clause: `${client}'s gRPC client sends keepalive pings to ${peer} more often than the server's keepalive policy permits, so the server answers with GOAWAY ENHANCE_YOUR_CALM "too_many_pings" and closes the connection, ending every RPC in flight on it: the server is not failing, the pings are ${client}'s`,
    fix: `Set ${client}'s keepalive time (grpc-go's keepalive.ClientParameters.Time, C-core's grpc.keepalive_time_ms) to no less than the interval ${peer} permits (grpc-go's EnforcementPolicy.MinTime, 5 minutes unless set; C-core's grpc.http2.min_ping_interval_without_data_ms), and send no pings without calls unless the server permits them (PermitWithoutStream); or, if the pings are needed (an idle connection behind a load balancer), have the server permit that interval.`,
  };
}
