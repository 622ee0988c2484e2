// Rust's hyper naming, in its Debug form, a connection the peer closed before the response was
// complete: `hyper::Error(IncompleteMessage)`, whose Display is `connection closed before message
// completed` (hyper's error kinds). Logged that way under the AWS SDK for Rust's dispatch failure —
// `Unhandled(DispatchFailure(ConnectorError { err: hyper::Error(IncompleteMessage), kind:
// Other(Some(TransientError)) }))` (awslabs/aws-sdk-rust#440, a pooled connection the service had
// closed) — with none of the Display's words. The peer, or a proxy between, dropped the connection.
// Not hyper's other kinds (`hyper::Error(Parse(…))`, `User(…)`): a malformed answer or the code's own
// misuse of the client.

/** hyper's Debug name for a connection closed before its message completed. */
export const HYPER_INCOMPLETE_MESSAGE = /\bhyper::Error\(IncompleteMessage\)/;
