// A short-lived token the service obtained and kept presenting past its lifetime: an OAuth access
// token (Azure Resource Manager's 401 `ExpiredAuthenticationToken`, `The access token expiry UTC time
// '…' is earlier than current UTC time '…'`: hashicorp/terraform-provider-azurerm#20867, a
// long-running operation an hour after its start, and OctopusDeploy/Issues#2439) or STS session
// credentials (AWS's `ExpiredToken`, `The security token included in the request is expired`, S3's
// `The provided token has expired.`: boto/boto3#1073 and miasma-rb/miasma#23, processes that run
// past the hour their credentials were issued for). The credential the tokens are obtained with is
// not what was refused: the service kept one token instead of getting a new one — a token cached
// without its expiry, or session credentials read once into its environment, which no SDK can
// refresh. Rotating the secret does nothing for it; renewing the token does. The words are the
// providers' own for a token they issued and the caller presented, not a server's check of the
// tokens its own callers send (jsonwebtoken's `jwt expired`, IdentityModel's IDX10223), which is
// the callers' to renew.
export const EXPIRED_SESSION_TOKEN = /\bExpiredAuthenticationToken\b|\bThe access token expiry UTC time\b[^\n]{0,80}\bis earlier than current UTC time\b|\bExpiredToken(?:Exception)?\b|\bThe security token included in the request is expired\b|\bThe provided token has expired\b/;

/** The cause and fix for `service` presenting an expired token of `peer`'s (or a peer's). */
export function expiredSessionToken(service: string, peer: string | undefined, words: string): { cause: string; fix: string } {
  const toward = peer ?? 'A peer';
  return {
    cause: `${toward} refuses the token ${service} presents as expired ("${words}"): the short-lived access or session token ${service} obtained ran past its lifetime and ${service} kept presenting it instead of getting a new one; the credential it obtains tokens with was not refused.`,
    fix: `Let ${service} renew its token before it expires: get it from the SDK's credential provider, which refreshes it (Azure's azidentity credentials, the AWS SDKs' default provider chain or an assume-role provider), not from a token cached without its expiry or session credentials written once into its environment. Restarting ${service} only buys one more lifetime, and rotating the secret changes nothing.`,
  };
}
