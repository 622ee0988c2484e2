// Microsoft's SQL Server client refusing the certificate SQL Server presents. The TDS protocol
// encrypts inside its own pre-login exchange, so the refusal comes out as SqlClient's `A connection
// was successfully established with the server, but then an error occurred during the pre-login
// handshake` (or `… during the login process`) with the verifier's words after it: Windows'
// SChannel through the native SNI, `(provider: SSL Provider, error: 0 - The certificate chain was
// issued by an authority that is not trusted.)` (SEC_E_UNTRUSTED_ROOT, 0x80090325) or `The target
// principal name is incorrect` (SEC_E_WRONG_PRINCIPAL), and the managed SNI on Linux and macOS,
// `Certificate failed chain validation … terminated in a root certificate which is not trusted`,
// `Certificate name mismatch`, `The remote certificate was rejected by the provided
// RemoteCertificateValidationCallback`.
//
// Nothing on the server need have changed: Microsoft.Data.SqlClient 4.0 made `Encrypt` true by
// default (its 4.0.0 release notes), and EF Core 7 brought that version in (EF Core 7's breaking
// changes: "Encrypt defaults to true for SQL Server connections"). Before, a client that did not ask
// for encryption never checked the certificate, even when the server forced encryption; after the
// upgrade it checks one that is often SQL Server's own self-generated certificate, which no client
// trusts (dotnet/SqlClient#1394 on 4.0, #1836 after an EF Core 7 upgrade, #1479 on Linux, #1993 on
// what TrustServerCertificate trades away). So the fix is the server's certificate or the client's
// connection string, not a certificate renewal: a certificate from a CA the clients trust naming
// the host they connect to (or HostNameInCertificate naming the one it has), and
// TrustServerCertificate=True only as an accepted risk.

/** SqlClient's handshake with SQL Server failing on the server's certificate, in its native and managed words. */
export const SQL_SERVER_CERTIFICATE_REFUSED = /error occurred during the (?:pre-login handshake|login process)[\s\S]{0,400}?(certificate chain was issued by an authority that is not trusted|target principal name is incorrect|Certificate failed chain validation|Certificate name mismatch|remote certificate was rejected by the provided RemoteCertificateValidationCallback)/i;

/** The cause's clause and the fix, for `service` connecting to `server` (its name, if known). */
export function sqlServerCertificateRefused(service: string, server: string | undefined, words: string): { clause: string; fix: string } {
  const db = server ?? 'SQL Server';
  const name = /target principal name|name mismatch/i.test(words);
  return {
    clause: `${service}'s SQL Server client (SqlClient) refuses the certificate ${db} presents in the TDS pre-login handshake, ${name ? 'whose name is not the host it connects to' : 'issued by no authority it trusts (often SQL Server\'s own self-generated certificate)'}: since Microsoft.Data.SqlClient 4.0 (and EF Core 7, which brings it) Encrypt is true by default, so a client upgrade checks a certificate older clients never looked at, and nothing need have changed on ${db}`,
    fix: `Give ${db} a certificate from a CA ${service}'s hosts trust that names the host in its connection string (or set HostNameInCertificate to the name the certificate has); where that is not possible yet, TrustServerCertificate=True (encrypted, the server unverified) is the accepted-risk stopgap, and Encrypt=False only where no encryption is required. Pin the SqlClient version in the meantime if the upgrade was unintended; ${db}'s certificate does not need renewing.`,
  };
}
