// A client's own words for a login it could not complete against its peer, when the peer's reply
// (401, `AuthenticationFailed`) stays inside the client: Elasticsearch.Net's PipelineException
// `Could not authenticate with the specified node. Try verifying your credentials or check your
// Shield configuration.`, raised for a 401 from the node or from a proxy in front of it
// (elastic/elasticsearch-net#1928: nginx answering 401), and the same shape elsewhere — `unable to
// authenticate with …`, `failed to authenticate to …`, Elasticsearch's own `unable to authenticate
// user [elastic] for REST request`. The verb must take the peer or the user as its object (`with`,
// `to`, `against`, `user`): `the SmtpClient must be connected before you can authenticate` (a code
// defect, serilog/serilog-sinks-email#22) and `failed to authenticate the server certificate` (TLS,
// not a login) do not say so. `Could not` says the login did not complete, not that the peer refused
// it: when the same line goes on to say the connection itself failed (`unable to authenticate with
// the server: dial tcp …: connect: connection refused`, libldap's `Can't contact LDAP server`, a
// timeout), no login was answered, and the words are the network's, read as such elsewhere.
// segmentio/kafka-go says it with an adverb: `could not successfully authenticate to 192.107.0.1:9200
// with SASL: SASL handshake failed: [34] Illegal SASL State: …` (segmentio/kafka-go#1362, a broker
// whose SASL listener was not set up for the client's mechanism).

/** The connection itself failing, said later on the same line: then no login was answered. */
const CONNECTION_FAILED_AFTER = /(?![^\n]{0,300}?(?:\bconnection refused\b|\bECONNREFUSED\b|\btimed out\b|\btimeout\b|\bETIMEDOUT\b|\bcan't contact\b|\bcannot contact\b|\bno route to host\b|\bno such host\b|\bENOTFOUND\b|\bconnection reset\b))/;

/** A client saying it could not log in to its peer, in its own words. */
export const COULD_NOT_AUTHENTICATE = new RegExp(String.raw`\b(?:(?:unable|failed) to|could not|couldn't|cannot|can't) (?:successfully )?authenticate (?:user|(?:with|to|against)\b)` + CONNECTION_FAILED_AFTER.source);
