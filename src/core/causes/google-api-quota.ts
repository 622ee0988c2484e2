// A Google API's quota, in the words Google's APIs answer 429 RESOURCE_EXHAUSTED with: `Quota
// exceeded for quota metric '<metric>' and limit '<limit>' of service '<api host>' for consumer
// 'project_number:<n>'.` (benborgers/opensheet#22: 'Read requests per minute' of
// sheets.googleapis.com; AutomaApp/automa#1844 'Read requests per minute per user'), and the older
// `Quota exceeded for quota group '<group>' and limit '<limit>' of service '<host>'`
// (theoephraim/node-google-spreadsheet#332). The words name the API (its host), the limit and the
// consumer — the Google Cloud project every request made with its key or service account counts
// against, so all the service's users (or several services sharing the project) spend one quota
// (opensheet's maintainer: 'the collective usage … has exceeded my account's limits'). The project's
// quota for that API is raised on Google Cloud's Quotas page; a limit per user is the caller's own.

export interface GoogleApiQuota {
  /** The API's host (`sheets.googleapis.com`). */
  api: string;
  /** The limit it reached (`Read requests per minute`). */
  limit: string;
  /** The metric or quota group it counts (`Read requests`, `ReadGroup`). */
  metric?: string;
  /** The project that spends it (`project_number:…`). */
  consumer?: string;
}

const GOOGLE_QUOTA = /\bQuota exceeded for quota (?:metric|group) '([^'\n]{1,120})' and limit '([^'\n]{1,160})' of service '([\w.-]{1,120}\.googleapis\.com)'(?: for consumer '([^'\n]{1,120})')?/;

export function googleApiQuota(text: string): GoogleApiQuota | undefined {
  const m = GOOGLE_QUOTA.exec(text);
  return m ? { metric: m[1], limit: m[2], api: m[3], consumer: m[4] } : undefined;
}
