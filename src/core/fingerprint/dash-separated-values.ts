// Values separated by dashes: a server that prefixes each line with the identity of the connection
// it is about writes the identity's parts as values between ` - `. nats-server (server/client.go,
// the client's log prefix) writes `host:port - cid:N - ` and, once the client sent CONNECT,
// `host:port - cid:N - "v2.1:python" - "$G/user:bob" - `; a route's is `host:port - rid:N - `.
// One statement (`Client Ping Timer`, `authentication error`) was a template per prefix: the
// quoted parts made its lines longer, and the connection's kind (`cid:` / `rid:`), a label,
// kept them apart. After a value, `- value` goes on with the run of values (template-tokens.ts:
// a run of adjacent values is one value), and so does a labelled number with its label (an id of
// the connection's kind, `cid:9`): the prefix is the connection's, not the statement's. A label
// with another value stays (macOS's `… - AssocFail:sts:5_rsn:0.xml` / `AuthFail:…`, Loghub Mac: a
// reason, kept apart since rounds-fp/17), and a dash not between two values stays a token (the
// Common Log Format's `- -`, an empty field, and a dash before the message's words).

/** A labelled number, as written or masked: `cid:9`, `rid:<int>`. */
const LABELLED_NUMBER = /^[A-Za-z][\w-]{0,63}[=:](?:\d{1,20}|<int>)$/;

/**
 * How many tokens from `tokens[i]` are a dash and the value after it (2), when the token before
 * was a value; 0 otherwise. `classify` gives a token's template form, `isValue` whether that is
 * a value (template-tokens.ts).
 */
export function dashSeparatedValue(tokens: readonly string[], i: number, afterValue: boolean, classify: (token: string) => string, isValue: (token: string) => boolean): number {
  if (!afterValue || tokens[i] !== '-' || i + 1 >= tokens.length) return 0;
  return LABELLED_NUMBER.test(tokens[i + 1]) || isValue(classify(tokens[i + 1])) ? 2 : 0;
}
