// The AWS SDK for Rust (and every Smithy-generated Rust client) printing a request that failed in
// dispatch because its connector timed out, in the Debug form the error is most often logged in:
// `DispatchFailure(DispatchFailure { source: ConnectorError { kind: Other(None), source:
// TimedOutError(5s), connection: Unknown } })` (awslabs/aws-sdk-rust#1118: a connect that did not
// finish in 5 s on an unstable network) or `ConnectorError { kind: Timeout, … }`. aws-smithy-async's
// TimedOutError is the timeout its sleep-based deadline raises, and ConnectorError's Timeout kind
// is the connector's own: no response came in time. The Display form (`dispatch failure: timeout:
// …`) already says timeout in words; the Debug form says it only in these names.
// Not ConnectorError's User kind (the request the code built could not be sent) nor a
// ConstructionFailure (a request never built): the code's, not a peer's.

/** A Smithy Rust client's connector that timed out, in its Debug names. */
export const SMITHY_CONNECTOR_TIMEOUT = /\bTimedOutError\b|\bConnectorError \{ kind: Timeout\b/;
