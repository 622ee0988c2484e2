// A forward proxy between the service and its peer refusing a request because it carries no proxy
// credentials, or ones the proxy does not accept: HTTP's 407 Proxy Authentication Required (RFC 9110
// §15.5.8), sent with a Proxy-Authenticate challenge that the client must answer with a
// Proxy-Authorization header — the proxy's credentials, not the peer's Authorization. The peer was
// never reached, so it is neither down nor refusing the service's own credentials. Each stack's words
// for it: the JDK's HttpURLConnection refused its CONNECT, `Unable to tunnel through proxy. Proxy
// returns "HTTP/1.1 407 Proxy Authentication Required"` (kevinsawicki/http-request#165: a Basic proxy
// whose credentials the JDK does not send when tunnelling, jdk.http.auth.tunneling.disabledSchemes);
// Go's net/http and Python's `Tunnel connection failed: 407 Proxy Authentication Required` (the
// status line as the error); .NET's HttpStatusCode ProxyAuthenticationRequired; curl's `Received
// HTTP code 407 from proxy after CONNECT` and `CONNECT tunnel failed, response 407`; Chromium's
// ERR_PROXY_AUTH_REQUESTED.
export const PROXY_AUTH_REFUSED = /\bProxy Authentication Required\b|\bProxyAuthenticationRequired\b|\bReceived HTTP code 407 from proxy\b|\bCONNECT tunnel failed, response 407\b|\bERR_PROXY_AUTH_REQUESTED\b/i;
