// A database refusing a query whose result holds more rows than it lets one query return: Vitess'
// `Row count exceeded <N>` (vttablet's limit on a result's rows, -queryserver-config-max-result-size,
// sent back as `vttablet: rpc error: code = Aborted desc = Row count exceeded 100000` where
// PlanetScale sets it to 100,000: t3-oss/create-t3-turbo#792, a demo selecting every post until the
// table outgrew it, fixed by paginating) and ClickHouse's code 396, `Limit for result exceeded, max
// rows: 10.00 thousand, current rows: 20.00 thousand` (TOO_MANY_ROWS_OR_BYTES: the user's or
// profile's max_result_rows, or max_result_bytes as `max bytes`). The query passed while the data
// was small and fails once the rows it selects outgrow the limit: a limit on the size of one answer,
// not the database failing, and not a code defect in the query's syntax. A program's own count
// (`row count exceeded expected`, `updated row count exceeded u64`) states no limit of a server's
// and is not read.

/** The database, its limit and the setting behind it, for a result refused for its rows. */
export interface ResultRowLimit {
  system: 'Vitess' | 'ClickHouse';
  limit?: string;
  setting: string;
}

const VITESS_ROWS = /\bRow count exceeded (\d{1,12})\b/;
const CLICKHOUSE_ROWS = /\bLimit for result exceeded, max (rows|bytes): ([\d.]{1,12}(?: (?:thousand|million|billion))?|[\d.]{1,12} [KMGT]?i?B)/;

/** The result limit a refusal states, if the words are one. */
export function resultRowLimit(text: string): ResultRowLimit | undefined {
  const vitess = VITESS_ROWS.exec(text);
  if (vitess) return { system: 'Vitess', limit: `${vitess[1]} rows`, setting: "vttablet's -queryserver-config-max-result-size" };
  const clickhouse = CLICKHOUSE_ROWS.exec(text);
  if (clickhouse) return { system: 'ClickHouse', limit: `${clickhouse[2]}${clickhouse[1] === 'rows' ? ' rows' : ''}`, setting: clickhouse[1] === 'rows' ? 'max_result_rows' : 'max_result_bytes' };
  return undefined;
}
