// The names people write for the data systems the semantic conventions' db.system(.name) values
// stand for, so a system read from an attribute is worded as the error texts' systems are.

/** Display names of db.system(.name) values (`postgresql` → `PostgreSQL`). */
const SYSTEM_NAMES: Record<string, string> = { postgresql: 'PostgreSQL', mysql: 'MySQL', mariadb: 'MariaDB', redis: 'Redis', mongodb: 'MongoDB', mssql: 'SQL Server', 'microsoft.sql_server': 'SQL Server', oracle: 'Oracle', 'oracle.db': 'Oracle', elasticsearch: 'Elasticsearch', opensearch: 'OpenSearch', cassandra: 'Cassandra', memcached: 'Memcached', sqlite: 'SQLite' };

/** The display name of a db.system(.name) value, or the value itself when it has none. */
export function systemName(value: string): string {
  return SYSTEM_NAMES[value.toLowerCase()] ?? value;
}
