// python-oracledb refusing on its own side to connect in the mode the program chose: its thin mode
// (the default) does not speak every server or option thick mode does, and says so with a DPY-3xxx
// error under its `DPY-6005: cannot connect to database` — `DPY-3010: connections to this database
// server version are not supported by python-oracledb in thin mode` (Oracle Database 11.2:
// dblabai/dblab#32; its maintainers, oracle/python-oracledb#46: call init_oracle_client() for thick
// mode), `DPY-3001: Native Network Encryption and Data Integrity is only supported in
// python-oracledb thick mode` (Maxteabag/sqlit#300), `DPY-3015: password verifier type … is not
// supported by python-oracledb in thin mode`. The database answered; the driver declined what it
// would need to continue. The program's choice of mode, not a peer down: no dependency is read.
// Not DPY-6005 over a timeout, a refusal or a closed connection (`timed out`, `DPY-6000 … Listener
// refused connection`, `DPY-4011: the database or network closed the connection`): the peer's.

/** python-oracledb's own refusal of a server, option or verifier its thin mode does not support. */
export const ORACLEDB_THIN_MODE_UNSUPPORTED = /\bDPY-30\d\d: [^\n]{0,200}?(?:not supported by python-oracledb in thin mode|only supported in python-oracledb thick mode)\b/i;
