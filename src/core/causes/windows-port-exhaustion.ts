// Windows' words for a connect that found no local port to connect from. Winsock answers it with
// WSAEADDRINUSE (10048, `Only one usage of each socket address (protocol/network address/port) is
// normally permitted`) once every port of the dynamic range (49152–65535 by default, 16384 ports)
// is held, most of them by closed connections waiting out TIME_WAIT — .NET's HttpClient built anew
// per request (SignalR/SignalR#1976: `SocketException: Only one usage … is normally permitted
// 192.168.30.17:80`; dotnet/corefx#38911: `HttpRequestException: Only one usage … is normally
// permitted.` from ConnectHelper.ConnectAsync; dotnet/runtime#45544 gives the range) — and, on the
// Windows versions whose ephemeral ports ended at 5000, with WSAENOBUFS (10055, `An operation on a
// socket could not be performed because the system lacked sufficient buffer space or because a
// queue was full`: Microsoft's KB 196271; step-up-labs/firebase-database-dotnet#132, an HttpClient
// per query). The same words come from a server binding a port another process holds (Kestrel's
// `Failed to bind to address …` over an AddressInUseException in these words): that names no peer
// it connected to, so the words are read as ports run out only on a connect — the HttpClient's
// HttpRequestException that wraps them, or the peer printed after them (.NET Framework's `… permitted
// 192.168.30.17:80`, .NET Core 3.0 and later's `… permitted. (host:443)`).
const WORDS = String.raw`(?:Only one usage of each socket address \(protocol/network address/port\) is normally permitted|An operation on a socket could not be performed because the system lacked sufficient buffer space or because a queue was full)`;
const PEER = String.raw`\.?\s?(?:\((?:\[[0-9a-f:.]+\]|[\w.-]+):\d{1,5}\)|(?:\[[0-9a-f:.]+\]|\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}\b)`;

export const WINDOWS_CONNECT_WITHOUT_PORT = new RegExp(String.raw`\bHttpRequestException: ${WORDS}|${WORDS}${PEER}`, 'i');
