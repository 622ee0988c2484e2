// ODBC's SQLSTATE 08S01, `Communication link failure`: the ODBC specification's state for a link
// between the driver and the data source that failed before the function completed (Microsoft's
// ODBC Appendix A, ODBC Error Codes). Microsoft's ODBC Driver for SQL Server raises it alone
// (`[08S01] [Microsoft][ODBC Driver 18 for SQL Server]Communication link failure (0)
// (SQLExecDirectW)`: jdelic/django-dbconn-retry#87, connections lost now and then on AKS) or after
// the TCP provider's own error (`TCP Provider: Error code 0x20`, a broken pipe: mkleehammer/pyodbc#919;
// `… (10054)`, a reset: mkleehammer/pyodbc#1033). The connection the statement ran on was lost: the
// server or the path to it dropped it.
// Read after a timeout its words also give (`… did not properly respond after a period of time …
// (10060)`: the peer timing out, mkleehammer/pyodbc#879). Not MySQL Connector/J's
// `Communications link failure` (plural): a connect that failed, which CONNECT_FAILED reads. Nor
// SQLSTATE HY000's `Connection is busy with results for another command`: the code's own use of one
// connection for two result sets.

/** ODBC's communication link failure (SQLSTATE 08S01). */
export const ODBC_COMMUNICATION_LINK_FAILURE = /\[08S01\]|\bCommunication link failure\b/;
