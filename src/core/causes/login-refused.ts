import { KUBE_CREDENTIALS_REFUSED } from './kubernetes-status-words.js';

// A server refusing the service's login in its own words, which name neither credentials nor an
// authentication failure as the generic patterns (signals.ts, AUTH and AUTHENTICATION_REFUSED) read
// them. The server answered and refused who the service said it was: credentials, not a peer down.
//  - SMTP AUTH refused (RFC 4954 §6: 535 5.7.8 for bad credentials), as mail libraries report it
//    without the server's reply: PHPMailer's `SMTP Error: Could not authenticate.` (its language
//    string for a failed AUTH: PHPMailer/PHPMailer#1287, Yahoo answering `535 5.7.0 … Incorrect username
//    or password.`), Swift Mailer's and Symfony Mailer's `Failed to authenticate on SMTP server with
//    username "<u>" using 2 possible authenticators` (swiftmailer/swiftmailer#692). Not `using 0
//    possible authenticators`: the server offered no mechanism the client speaks (most often AUTH
//    advertised only after STARTTLS, kanboard/kanboard#345), so no credentials were tried. And the
//    server's 535 reply itself where a library quotes it: nodemailer's `Invalid login: 535 5.7.3
//    Authentication unsuccessful` (nodemailer/nodemailer#920, code EAUTH), Python's
//    `SMTPAuthenticationError: (535, b'5.7.8 …')`, the enhanced codes RFC 4954 §6 and RFC 3463 give a
//    refused AUTH (`535 5.7.8 Authentication credentials invalid`, Exchange's `5.7.3`, Yahoo's
//    `5.7.0`) and Exim's `535 Incorrect authentication data` (nodemailer/nodemailer#874) — not
//    Exchange Online's `535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is
//    disabled`, a tenant's setting, not the password (its own code, not read here).
//  - Gmail's words for the same refusal, alone or in its multi-line `535-5.7.8 Username and Password
//    not accepted. Learn more at …` (inside Swift Mailer's `Expected response code 250 but got code
//    "535"`: swiftmailer/swiftmailer#1083). Not the other 5.7.x replies: `530 5.7.0 Must issue a
//    STARTTLS command first` (no AUTH tried: the sender's TLS setting) or `550 5.7.1 Relaying denied`
//    (a recipient or sender policy).
//  - The Kubernetes API's 401 in client-go's words, `the server has asked for the client to provide
//    credentials` (kubernetes-status-words.ts).
//  - ActiveMQ Classic's broker refusing a connection's user (JaasAuthenticationBroker's and
//    SimpleAuthenticationBroker's SecurityException, JMSSecurityException on the client): `User name
//    [<u>] or password is invalid.` (fmtn/a#28, `[null]` when the client sent none; the broker's own
//    log of it in test/fixtures/fingerprint/activemq.ndjson). The brackets are the broker's: an application's
//    own login form saying `User name or password is invalid` is its user's mistake, not the
//    service's credentials. Nor is the broker's own log of the refusal (a line its logger wrote,
//    `… User name [app] or password is invalid. | org.apache.activemq.broker.TransportConnection | …`,
//    or the protocol converters' `org.apache.activemq.transport.stomp.ProtocolConverter`): there the
//    service is the broker, refusing a client, and its own credentials are not in question.
export const LOGIN_REFUSED = new RegExp(`${/\bSMTP Error: Could not authenticate\b|\bInvalid login: 535(?![ -]5\.7\.139\b)\b|\bSMTPAuthenticationError: \(535(?!, b?['"]5\.7\.139\b)\b|\b535[ -]5\.7\.[0138]\b(?!\.)|\b535 Incorrect authentication data\b|\bUsername and Password not accepted\b|\bFailed to authenticate on SMTP server with username (?:"[^"\n]{0,200}"|'[^'\n]{0,200}') using [1-9]\d* possible authenticators?\b|\bUser name \[[^\]\n]{0,200}\] or password is invalid\b(?![^\n]{0,40}\|\s*org\.apache\.activemq\.(?:broker|transport\.(?:stomp|mqtt|amqp|ws))\.)/.source}|${KUBE_CREDENTIALS_REFUSED.source}`);
