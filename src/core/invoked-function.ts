// A client span that invokes a serverless function names it: the semantic conventions' FaaS
// client spans carry `faas.invoked_name` (the function) and `faas.invoked_provider` (aws, azure,
// gcp, alibaba_cloud, tencent_cloud), while their `server.address` is only the provider's regional
// endpoint (lambda.eu-west-1.amazonaws.com), the same for every function of the account. The
// function is the peer a failing invocation is about, so it is named as such.
import type { AttributeValue } from './model.js';

/** The semantic conventions' `faas.invoked_provider` values, worded as each provider names its product. */
const PROVIDERS: Record<string, string> = {
  aws: 'AWS Lambda',
  azure: 'Azure Functions',
  gcp: 'Google Cloud Functions',
  alibaba_cloud: 'Alibaba Cloud Function Compute',
  tencent_cloud: 'Tencent Cloud SCF',
};

/** The word every invoked function's name carries, which the diagnosis reads back (isInvokedFunction). */
const FUNCTION_WORD = 'function';

/** `AWS Lambda function render-label` for a span invoking one, else undefined. */
export function invokedFunctionName(attributes: Record<string, AttributeValue | undefined>): string | undefined {
  const name = attributes['faas.invoked_name'];
  if (typeof name !== 'string' || name === '') return undefined;
  const provider = attributes['faas.invoked_provider'];
  const product = typeof provider === 'string' ? PROVIDERS[provider] : undefined;
  return `${product ?? 'serverless'} ${FUNCTION_WORD} ${name}`;
}

/** Whether a callee name is one invokedFunctionName gave. */
export function isInvokedFunction(name: string | undefined): boolean {
  if (!name) return false;
  return [...Object.values(PROVIDERS), 'serverless'].some((p) => name.startsWith(`${p} ${FUNCTION_WORD} `));
}
