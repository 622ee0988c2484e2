// Ruby's Timeout::Error says only `execution expired` (timeout.rb's message for a block that ran
// past its limit), whatever the block did. The class it is raised as, or re-raised under, says what
// timed out: Net::HTTP's connect raises Net::OpenTimeout (which TIMEOUT reads by its name), and the
// libraries above it wrap that in their own networking error — aws-sdk-ruby's
// `Seahorse::Client::NetworkingError: execution expired` (aws/aws-sdk-ruby#1434: S3's elevated error
// rates in us-east-1, its maintainer; #1034 downloading from S3), Faraday's
// `Faraday::ConnectionFailed: execution expired`. A networking error that expired is a call to a
// peer that did not answer in time.
// Not `execution expired` under a class that names no network (a job runner's own Timeout around
// local work): nothing says a peer was waited on.

/** Ruby's `execution expired` under a networking or connection error's class. */
export const NETWORK_EXECUTION_EXPIRED = /\b\w*(?:Networking|Network|Connection|Connect|Socket)\w*(?:Error|Failed|Exception)\b: execution expired\b/;
