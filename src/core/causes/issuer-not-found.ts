// A TLS client that found no issuer it trusts for the certificate a server sent. TLS 1.3 has the
// server send its own certificate first and then, each certifying the one before, the certificates
// that lead toward a root the client holds (RFC 8446 4.4.2; the root itself may be left out). A
// client builds the path from what the server sent and its own roots: when the server sends its
// certificate alone, the intermediate that signed it is missing and no path reaches a root. That is
// the common way this refusal begins: a certificate renewed and installed without its chain
// (win-acme/win-acme#177, mobile devices failing after a renewal while desktops did not), which
// browsers hide because they cache intermediates seen elsewhere, while curl and OpenSSL do not
// (curl/curl#2197; openssl/openssl#13154: 'a server configuration error'). The other way is a chain
// that is complete but ends at a CA the client's trust store lacks (a private CA). The words do not
// tell the two apart, so both are named, the chain first: checking it settles which.
//
// Each verifier's words for an issuer not found: Go's crypto/x509 `certificate signed by unknown
// authority` (as Go 1.26.8 printed it here for a server sending its leaf alone), OpenSSL's `unable to
// get local issuer certificate` (X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY, Python's ssl and curl
// quoting it) and `unable to verify the first certificate` (X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE,
// Node's UNABLE_TO_VERIFY_LEAF_SIGNATURE), Java's `PKIX path building failed` / `unable to find valid
// certification path to requested target`. Not a self-signed certificate (a chain that ends at a root
// the server sent itself: `self signed certificate in certificate chain`), nor an alert the peer sent
// about this side's own certificate (`remote error: tls: unknown certificate authority`).

/** A client's verifier finding no trusted issuer for the certificate the server sent. */
export const ISSUER_NOT_FOUND = /\bcertificate signed by unknown authority\b|\bunable to get local issuer certificate\b|\bunable to verify the first certificate\b|\bUNABLE_TO_VERIFY_LEAF_SIGNATURE\b|\bPKIX path building failed\b|\bunable to find valid certification path to requested target\b/i;

/** What the refusal says, as a cause's clause and a fix, for `client` calling `server`. */
export function issuerNotFound(client: string, server: string | undefined): { clause: string; fix: string } {
  const peer = server ?? 'the peer';
  const host = server ?? '<host>';
  return {
    clause: `${client}'s TLS client finds no issuer it trusts for the certificate ${peer} sends: most often ${peer} sends its certificate without the intermediate that signed it (a renewal installed without its chain; browsers, which cache intermediates, still connect), otherwise its chain ends at a CA ${client}'s trust store lacks`,
    fix: `Check the chain ${peer} sends (openssl s_client -showcerts -connect ${host}:443 -servername ${host}): if it holds only its own certificate, have the full chain (the certificate followed by its intermediate) installed where ${peer} terminates TLS; only if the chain is complete and ends at a CA ${client} does not trust, add that CA to ${client}'s trust store. Do not turn verification off.`,
  };
}
