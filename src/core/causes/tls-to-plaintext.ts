// A TLS connection made to a port that speaks plain text, or plain text sent to a TLS port: the first
// bytes one side reads are not a TLS record (RFC 8446 §5.1: a record starts with its content type and
// protocol version, which an HTTP response's `HTTP/1.1` or an SMTP banner is not). No certificate was
// looked at and no peer is down: a URL's scheme, a port or a proxy address is configured for the other
// protocol, so the fix is the scheme or the port, not a trust store or a credential.
//
// Each stack's words for it, client side: Go's net/http `http: server gave HTTP response to HTTPS
// client` and crypto/tls' `tls: first record does not look like a TLS handshake` (both printed by Go
// 1.26.8 run here against plain servers), OpenSSL's reason `wrong version number` (Python's
// `[SSL: WRONG_VERSION_NUMBER]`, encode/httpx#951; Node's EPROTO over OpenSSL 1.1 and 3,
// xuya227939/blog#71 and Node 24 run here; Node names it ERR_SSL_WRONG_VERSION_NUMBER), the JDK's
// `Unrecognized SSL message, plaintext connection?` (nrepl/drawbridge#41) and, since JDK 11,
// `Unsupported or unrecognized SSL message`; server side, for a plain client at a TLS port: Go's
// `client sent an HTTP request to an HTTPS server` (its log, and the 400 its client reads), nginx's
// `The plain HTTP request was sent to HTTPS port`, Netty's NotSslRecordException `not an SSL/TLS
// record`. OpenSSL's other reasons (`certificate verify failed`, `sslv3 alert handshake failure`,
// `unsupported protocol`) are a real handshake and stay what they say.
export const TLS_TO_PLAINTEXT = /(server gave HTTP response to HTTPS client|first record does not look like a TLS handshake|\bwrong version number\b|WRONG_VERSION_NUMBER|Unrecognized SSL message, plaintext connection|Unsupported or unrecognized SSL message|client sent an HTTP request to an HTTPS server|plain HTTP request was sent to HTTPS port|not an SSL\/TLS record|NotSslRecordException)/i;
