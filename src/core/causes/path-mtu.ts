// A path-MTU black hole: a network path whose MTU is smaller than the hosts' own, and which drops
// the packets that do not fit without the ICMP 'fragmentation needed' (IPv6's 'packet too big')
// reaching the sender — a firewall or security group filtering it —, so the sender never learns to
// send smaller (RFC 2923, 'TCP Problems with Path MTU Discovery', §2.1). Small packets pass: the
// TCP handshake and a TLS ClientHello get through, and the server's first flight (its certificate
// chain, several kilobytes sent in full-size segments) never arrives, so the TLS handshake hangs
// until the client gives up (passteque/gluetun#1989, 'TLS handshake timeout but some HTTPS works',
// cured by lowering the tunnel's MTU; hashicorp/setup-packer#49; openshift/origin#22599). A new
// tunnel, VPN gateway, overlay network or peering on the way is what brings it.
//
// Read only where the location rule already found the place's path to a named peer failing
// (table.ts locationPathTo: one place's connections lost, the peer answering the others): there a
// handshake that times out after the connection was made is the path losing large packets, not
// the conntrack table or a route, which lose the connection itself. A handshake timing out from
// every place is the peer (slow to answer handshakes, overloaded) or the client, and is not read.

/**
 * A TLS handshake given up on after the TCP connection was made, in the runtimes' words: Go's
 * net/http `net/http: TLS handshake timeout` (Transport.TLSHandshakeTimeout), libcurl's `SSL
 * connection timeout` (PHP's `cURL error 28: SSL connection timeout`), Netty's
 * `SslHandshakeTimeoutException: handshake timed out after 10000ms`, Python's ssl `The handshake
 * operation timed out`. A connect that timed out (no TCP connection at all) is not one.
 */
export const HANDSHAKE_TIMED_OUT =
  /\bnet\/http: TLS handshake timeout\b|\bSSL connection timeout\b|\bSslHandshakeTimeoutException\b|\bhandshake timed out after \d+\s?ms\b|\bThe handshake operation timed out\b/;

/** The words of a TLS handshake that timed out, if the text has them. */
export function handshakeTimedOut(text: string): string | undefined {
  return HANDSHAKE_TIMED_OUT.exec(text)?.[0];
}

/** The cause's words for a place whose path to a peer loses the handshake's large packets. */
export function pathMtuCause(service: string, peer: string, words: string): string {
  return ` Only connections from there to ${peer} fail, and they fail in the TLS handshake ("${words}"): the TCP connection is made, so the path passes small packets, while the peer's first flight (its certificate chain, in full-size packets) never arrives — a path-MTU black hole: a link on the place's way to ${peer} (a tunnel, VPN gateway, overlay network or peering, often a recent change) carries smaller packets than the hosts send, and the ICMP "fragmentation needed" that would tell them so is filtered. ${service}'s instances elsewhere complete the handshake; ${peer} is not down, and its certificate is never reached.`;
}

/** The fix for a path-MTU black hole from a place. */
export function pathMtuFix(peer: string): string {
  return ` From there, test the path's MTU to ${peer} (ping -M do -s 1472, then smaller, until one passes; tracepath), compare it with the interfaces' MTU, and either let ICMP type 3 code 4 ('fragmentation needed'; IPv6's 'packet too big') back through the firewall or security group on the way, clamp TCP's MSS to the path's MTU on the tunnel or gateway (iptables' TCPMSS --clamp-mss-to-pmtu), or lower the pods' or hosts' MTU (the CNI's or the runtime's setting) below the tunnel's; net.ipv4.tcp_mtu_probing=1 lets the hosts find it themselves.`;
}
