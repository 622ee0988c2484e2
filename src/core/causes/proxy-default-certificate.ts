// A TLS-terminating proxy answering for a host with its own default certificate. A Kubernetes
// ingress controller holds one certificate per host, from the TLS secret the host's Ingress (or
// route) names; when it has none it can use for that host, it still completes the handshake, with
// the certificate it generated for itself at start: ingress-nginx's self-signed `Kubernetes Ingress
// Controller Fake Certificate`, whose only name is `ingress.local`, and Traefik's `TRAEFIK DEFAULT
// CERT`, named `<hex>.<hex>.traefik.default`. Clients that check the name then refuse it, and their
// words carry the default certificate's name: Go's crypto/x509 `certificate is valid for
// ingress.local, not <host>` (the host name is checked before the chain: RFC 6125), Node's `Host:
// <host>. is not in the cert's altnames: DNS:ingress.local`, OpenSSL's subject line.
//
// The proxy has no usable secret for the host (the project's docs/diagnosis.md, "certificate-or-auth"):
// the Ingress names a secret that does not exist, or that lives in another namespace than the
// Ingress (the controller reads only its own namespace's), or whose certificate does not cover the
// host, or the certificate has not been issued yet (cert-manager still waiting on its ACME order, or
// refused by a rate limit). So the certificate to renew is not the service's: nothing about the
// server behind the proxy is wrong, and a client's trust store changes nothing; the Ingress's TLS
// section, its secret and the certificate's issuance are what to check.
//
// Only as the certificate's own name: a host that merely ends in `.ingress.local` (a lab's
// `grafana.ingress.local` whose real certificate expired) is that host's certificate, not the
// default one, and stays what its words say.

/** A verifier's words naming a proxy's default certificate as the one it was served. */
export const PROXY_DEFAULT_CERTIFICATE = /(?:certificate is valid for |altnames: DNS:|doesn't match ')(?:ingress\.local|(?:[0-9a-f]{32}\.[0-9a-f]{32}\.)?traefik\.default)(?![\w.-])|\bKubernetes Ingress Controller Fake Certificate\b|\bTRAEFIK DEFAULT CERT\b/i;

/** Which proxy's default certificate the words name. */
function proxyOf(words: string): { proxy: string; certificate: string } {
  return /traefik/i.test(words)
    ? { proxy: 'Traefik', certificate: "Traefik's default certificate (TRAEFIK DEFAULT CERT, named only <hex>.<hex>.traefik.default)" }
    : { proxy: 'ingress-nginx', certificate: "ingress-nginx's default certificate (the self-signed Kubernetes Ingress Controller Fake Certificate, named only ingress.local)" };
}

/** What the refusal says, as a cause's clause and a fix, for `client` calling `server`. */
export function proxyDefaultCertificate(client: string, server: string | undefined, words: string): { clause: string; fix: string } {
  const host = server ?? 'the host';
  const { proxy, certificate } = proxyOf(words);
  return {
    clause: `the certificate presented for ${host} is ${certificate}, which the ${proxy} ingress controller in front of ${host} serves for a host it has no usable TLS secret for — the Ingress names a secret that is missing, in another namespace than the Ingress, or not covering ${host}, or its certificate was never issued (cert-manager still waiting or refused) — so ${client}'s TLS client rightly refuses it; the service behind the ingress need not be down`,
    fix: `Check the Ingress (or IngressRoute) for ${host}: its tls hosts and secretName, that the secret exists in the Ingress's own namespace and its certificate covers ${host} (kubectl describe ingress; the ${proxy} controller's log names the secret it could not use), and, if cert-manager issues it, the Certificate's status (kubectl describe certificate: a pending order or a rate limit); then the controller serves the real certificate. Do not turn verification off in ${client} or add the default certificate to its trust store.`,
  };
}
