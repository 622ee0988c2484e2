// Which policy refused an AWS request, as AWS's access-denied messages say it. S3 (for requests
// within the bucket owner's account or organization) and IAM-authorised AWS APIs word a denial
// `User: <arn> is not authorized to perform: <action> on resource: "<arn>" <context>`, the
// context naming the policy type that decided it
// (the S3 user guide's 'Troubleshoot access denied (403 Forbidden) errors'): `with an explicit deny
// in a <type>` when a Deny statement matched (noobaa/noobaa-core#10060 quotes S3's for a bucket
// policy with Effect Deny), `because no <type> allows the <action> action` when nothing allowed it
// (aws-ia/terraform-aws-bedrock#41: a role's policy that missed the objects' `/*`).
//
// The two call for different fixes. An implicit deny in the identity's own policies is a grant
// missing, which granting mends. An explicit Deny outweighs every Allow in every policy (IAM's
// policy evaluation logic), so granting the identity more changes nothing: the Deny statement, in
// the policy the message names, is what to correct — for a resource-based policy, the policy of
// the resource named (an S3 bucket's policy, a KMS key's, an SQS queue's).

export interface PolicyDenial {
  /** A Deny statement matched (explicit), or no statement allowed the action (implicit). */
  explicit: boolean;
  /** The policy type the message names, as AWS words it (`resource-based policy`, `service control policy`…). */
  policy: string;
  /** The resource the action was refused on: an S3 bucket by its name, another resource by its ARN. */
  resource?: string;
}

const POLICY_TYPE = '(resource-based policy|identity-based policy|service control policy|resource control policy|VPC endpoint policy|permissions boundary|session policy)';
const EXPLICIT = new RegExp(`with an explicit deny in an? ${POLICY_TYPE}`, 'i');
const IMPLICIT = new RegExp(`because no ${POLICY_TYPE} allows`, 'i');
// The ARN in quotes, or in quotes a JSON log line escaped (`on resource: \"arn:aws:s3:::…\"`).
const RESOURCE = /\bon resource:? (?:\\?")?(arn:aws[\w-]*:[\w-]+:[^"\\\s]*)/i;

/** The policy an AWS access-denied message says refused the request, when it says so. */
export function policyDenial(text: string): PolicyDenial | undefined {
  const explicit = EXPLICIT.exec(text);
  const implicit = explicit ? undefined : IMPLICIT.exec(text);
  const policy = (explicit ?? implicit)?.[1];
  if (!policy) return undefined;
  const arn = RESOURCE.exec(text)?.[1];
  // An S3 object's or bucket's ARN carries no account or region: arn:aws:s3:::bucket/key.
  const bucket = arn && /^arn:aws[\w-]*:s3:::([^/]+)/.exec(arn)?.[1];
  return { explicit: explicit !== null, policy: policy.toLowerCase().replace('vpc', 'VPC'), resource: bucket || arn };
}

/** Where the denying policy lives, in words an operator looks it up by. */
export function denyingPolicy(denial: PolicyDenial, identity: string): string {
  const isBucket = denial.resource !== undefined && !denial.resource.startsWith('arn:');
  switch (denial.policy) {
    case 'resource-based policy':
      return isBucket ? `the bucket policy of ${denial.resource}` : `the resource-based policy of ${denial.resource ?? 'the resource'}`;
    case 'identity-based policy':
      return `the policies attached to ${identity}'s role or user`;
    case 'service control policy':
      return `a service control policy of the AWS Organization over the account`;
    case 'resource control policy':
      return `a resource control policy of the AWS Organization over the resource's account`;
    case 'VPC endpoint policy':
      return `the policy of the VPC endpoint its requests go through`;
    case 'permissions boundary':
      return `the permissions boundary of ${identity}'s role`;
    default:
      return `the session policy ${identity}'s role was assumed with`;
  }
}
