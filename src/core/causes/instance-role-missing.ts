// An AWS SDK that reached the end of its credential chain at the instance metadata service and
// got no role there, in each SDK's words: the SDK for Go v2's `failed to refresh cached
// credentials, no EC2 IMDS role found` (aws/aws-sdk-go-v2#1897: a profile named in the environment
// that the program's config did not load; its maintainers on the same words, aws/aws-sdk-go#5138:
// the whole provider chain ran without finding credentials), the SDK for Go v1's
// `EC2RoleRequestError: no EC2 instance role found` (aws/aws-sdk-go-v2#194, in a container), and the
// SDK for .NET's `Unable to get IAM security credentials from EC2 Instance Metadata Service.` and
// `Failed to retrieve credentials from EC2 Instance Metadata Service.` (aws/aws-sdk-net#1830: no
// credentials configured, instance metadata the last place it looks). The metadata call itself may
// time out or be refused off EC2 (`operation error ec2imds: GetMetadata, request canceled, context
// deadline exceeded`): that is how the last link of the chain fails, not a peer of the service's
// down — the service has no credentials to send, and the call it wanted to make was never sent.
// Not a metadata call for anything but credentials (`ec2imds: GetMetadata … instance-id`, a region
// lookup), which names no credentials, nor aws-sdk-php's `Error retrieving credentials from the
// instance profile metadata server. (cURL error 28: …)`, whose words say the metadata server timed
// out (left out in test/fixtures/causes/messages.ts' round 29).

/** An AWS SDK's words for a credential chain that ended at instance metadata with no role. */
export const INSTANCE_ROLE_MISSING = /\bno EC2 (?:IMDS|instance) role found\b|\b(?:Unable to get IAM security|Failed to retrieve) credentials from EC2 Instance Metadata Service\b/;

// The metadata service's own addresses (EC2's IPv4 and IPv6 link-local endpoints, ECS' task
// credentials endpoint): the URL the SDK's last credential lookup went to, which the words often
// carry (`Get "http://169.254.169.254/latest/meta-data/iam/security-credentials/"`), is not the peer
// the service wanted to call. That one is the operation's (`operation error Marketplace Metering:
// ResolveCustomer`), when the words name it.
const METADATA_ADDRESS = /^(?:169\.254\.169\.254|169\.254\.170\.2|\[?fd00:ec2::254\]?)(?::\d+)?$/i;
const OPERATION_SERVICE = /\boperation error ((?!ec2imds\b)[A-Z][\w ]{0,40}?): \w/;

/** The peer a credential-less call was meant for: not the metadata service the lookup went to. */
export function credentialsWantedFor(named: string | undefined, text: string): string | undefined {
  if (named === undefined || !METADATA_ADDRESS.test(named)) return named;
  return OPERATION_SERVICE.exec(text)?.[1];
}
