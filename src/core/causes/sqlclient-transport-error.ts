// Microsoft's SQL Server client (System.Data.SqlClient and Microsoft.Data.SqlClient) losing the
// connection under a command: `A transport-level error has occurred when receiving results from the
// server.` (or `… when sending the request to the server.`), its class-20 error for the TDS
// transport broken while a request was in flight, followed by the provider and the operating
// system's own error — `(provider: TCP Provider, error: 0 - The specified network name is no longer
// available.)` (Windows' ERROR_NETNAME_DELETED, 64: dotnet/SqlClient#2621, a development server's
// connection lost mid-save), `(provider: Session Provider, error: 19 - Physical connection is not
// usable)` (a pooled connection found broken: dotnet/SqlClient#898, its maintainers' reading
// intermittent network trouble), `An existing connection was forcibly closed by the remote host.`.
// The server or the path to it dropped the connection; the code's command did not fail. Windows' own
// words for a connection the peer reset (WSAECONNRESET, 10054: `An existing connection was forcibly
// closed by the remote host`, .NET's SocketException and the Rust and Python runtimes' `(os error
// 10054)` alike) say the same outside SqlClient.
// Not SqlClient's `A connection was successfully established with the server, but then an error
// occurred during the pre-login handshake` or `… during the login process`: a connection made and a
// handshake or login refused, which the certificate and authentication rules read.

/** SqlClient's transport-level error, sending or receiving. */
export const SQLCLIENT_TRANSPORT_ERROR = /\bA transport-level error has occurred when (?:receiving results from|sending the request to) the server\b/i;

/** Windows' words for a connection its peer reset (WSAECONNRESET, 10054). */
export const WINDOWS_CONNECTION_RESET = /\bAn existing connection was forcibly closed by the remote host\b/i;

/** Whether the words are a connection the server (or the path to it) dropped, in SqlClient's or Windows' words. */
export function droppedConnectionWindowsWords(text: string): boolean {
  return SQLCLIENT_TRANSPORT_ERROR.test(text) || WINDOWS_CONNECTION_RESET.test(text);
}
