// A directory server the service binds to or searches that its LDAP client library cannot reach:
// OpenLDAP's libldap returns LDAP_SERVER_DOWN (-1, a client-side result code, RFC 4511 leaves such
// codes to the API) when it cannot open a connection to any of the URIs it was given or loses the one
// it had, and ldap_err2string words it `Can't contact LDAP server`. Every binding over libldap
// prints those words: PHP's ldap extension (`ldap_bind(): Unable to bind to server: Can't contact LDAP
// server`, and Adldap2's BindException carrying them alone: Adldap2/Adldap2-Laravel#142, its port
// refusing connections), python-ldap's SERVER_DOWN (`{'desc': "Can't contact LDAP server"}`) and the
// ldapsearch/ldapadd tools (`ldap_sasl_bind(SIMPLE): Can't contact LDAP server (-1)`). The words name
// no refusal or timeout, so the reading says what libldap folds into them: the server down, the path
// to it, or — for ldaps:// and StartTLS — a TLS handshake libldap failed, which it reports the same.
export const DIRECTORY_SERVER_DOWN = /\bCan't contact LDAP server\b/;

/** How a directory server libldap cannot reach is worded as a peer's state. */
export const DIRECTORY_SERVER_DOWN_WORDS = "unreachable (the LDAP client library could not connect to the directory server or lost its connection, LDAP_SERVER_DOWN; over ldaps:// or StartTLS a failed TLS handshake reads the same)";
