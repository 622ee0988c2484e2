// An aggregation that asks Elasticsearch (or OpenSearch) for more buckets than the cluster's
// search.max_buckets allows: `too_many_buckets_exception`, `Trying to create too many buckets. Must
// be less than or equal to: [N] but was [N+1]. This limit can be set by changing the
// [search.max_buckets] cluster level setting.` (elastic/elasticsearch#73191; elastic/kibana#36358).
// The buckets a query creates grow with its range over a fixed interval and with each terms level
// under it (grafana/grafana#17327: since 7.x the terms aggregation's buckets count too;
// opensearch-project/observability#21: a dashboard's one hour passes and two hours fail), so the
// wide queries fail and the narrow pass: a limit on the size of one answer, not the cluster failing
// (the default is 10000 in 7.0-7.8, 65536 since 7.9, per the search settings reference).

export const BUCKET_LIMIT = /\btoo_many_buckets_exception\b|\bTrying to create too many buckets\b/;

/** The limit the refusal states, when it states one (`Must be less than or equal to: [65536]`). */
export function bucketLimit(text: string): { limit?: string } | undefined {
  if (!BUCKET_LIMIT.test(text)) return undefined;
  return { limit: /\bMust be less than or equal to: \[(\d{1,12})\]/.exec(text)?.[1] };
}
