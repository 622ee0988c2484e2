// ProxySQL's error 9001, `Max connect timeout reached while reaching hostgroup 2 after 10792ms`: the
// proxy found no server of the hostgroup a query was routed to that it could use, and gave up after
// mysql-connect_timeout_server_max. The hostgroup's servers are shunned or offline: a reader whose
// replication lag passed its max_replication_lag (ProxySQL's log: `Shunning server … with
// replication lag of 60 second`, sysown/proxysql#1389, where a read/write split's only reader was
// shunned and every SELECT failed so while the writes went on; the Node mysql driver, not knowing
// the code, prints it as `UNKNOWN_CODE_PLEASE_REPORT: Max connect timeout reached …`,
// sysown/proxysql#1042), or servers failing their connects. The proxy answered; the hostgroup behind
// it has nothing to serve the query, so the words name the hostgroup, not a proxy timing out.

/** ProxySQL's 9001 in its own words, with the hostgroup it could not reach. */
export const HOSTGROUP_WITHOUT_SERVER = /\bMax connect timeout reached while reaching hostgroup (\d+) after \d+ ?ms\b/i;

/** How a hostgroup with no usable server is worded as the peer's state (table.ts, networkKind). */
export function hostgroupWithoutServerWords(text: string): string | undefined {
  const hostgroup = HOSTGROUP_WITHOUT_SERVER.exec(text)?.[1];
  if (hostgroup === undefined) return undefined;
  return `without a server it can use in hostgroup ${hostgroup} (ProxySQL's error 9001: every server of the hostgroup shunned or offline for longer than mysql-connect_timeout_server_max — a replica shunned while its replication lag is past its max_replication_lag, or servers failing their connects)`;
}

/** Whether networkKind's words are this file's. */
export function isHostgroupWithoutServerWords(words: string | undefined): boolean {
  return words?.startsWith('without a server it can use in hostgroup ') === true;
}

/** The fix: the hostgroup's servers as ProxySQL sees them, the replica's lag, a fallback reader. */
export function hostgroupWithoutServerFix(dep: string | undefined, service: string, text: string): string {
  const hostgroup = HOSTGROUP_WITHOUT_SERVER.exec(text)?.[1] ?? '?';
  return `Look at hostgroup ${hostgroup}'s servers as ${dep ?? 'ProxySQL'} sees them (SELECT hostgroup, srv_host, status FROM stats_mysql_connection_pool: SHUNNED_REPLICATION_LAG, SHUNNED, OFFLINE_HARD) and at its log (\`Shunning server … with replication lag of N second\`). A replica shunned for its replication lag catches up by itself once what it applies is done (SHOW REPLICA STATUS: Seconds_Behind_Source; a bulk write on the primary, or a long query on the replica, holds it back): meanwhile give the hostgroup another reader, or the primary as a low-weight fallback, so the reads routed there are served; then write large batches in smaller transactions so one replica does not fall minutes behind. ${service}'s queries and code are not at fault.`;
}
