// A service answering that it is overloaded: it is up and answered, but sheds the request for its
// own load, not for the caller's rate. Anthropic's API gives it its own status and error type —
// HTTP 529 with `{"type":"overloaded_error","message":"Overloaded"}` (Anthropic's API documentation
// of its errors: 529 overloaded_error, the API temporarily overloaded; 429 rate_limit_error is the
// caller's own limit, read as a rate limit) — which its SDKs raise as the status and the body
// (`529 {"type":"error","error":{"type":"overloaded_error",…}}`: anthropics/claude-code#5184, its
// status page the only fix). A server saying in words that it is overloaded (`The server is
// currently overloaded`, `Service is overloaded`) says the same.
// Not the word in code's sense (a method or operator overloaded), nor a tool's own name for a
// timeout it met (`Overloaded when executing query`, scylladb/latte#22: no server said so), nor a
// rate limit's 429 whose body says a model is overloaded: the status is the caller's limit, read
// as the rate limit it is.

/** A service's own words that it sheds requests for its load. */
export const SERVICE_OVERLOADED = /\boverloaded_error\b|\b529\b[^\n]{0,80}\bOverloaded\b|\b(?:server|service|API|cluster|backend|upstream) is (?:currently |temporarily )?overloaded\b/i;

/** What the dependency-down rule says of a peer that answered it is overloaded. */
export const SERVICE_OVERLOADED_WORDS = 'overloaded (it answers that it is shedding requests for its own load, not for this caller\'s rate: HTTP 529, overloaded_error)';
