// The name an operator gives a load balancer's frontend or backend, after the word for its kind,
// is a value.
//
// HAProxy 2.6 names a proxy section by its kind and id wherever it logs about one: proxy.c's
// proxy_type_str gives `frontend`, `backend` or `listener`, and backend.c's `%s %s has no server
// available!` writes it with the section's id for every backend that loses its last server
// (programs/haproxy, server-logs.test.ts: `backend be_gone` and `backend be_slow`). One statement
// writes every section's name there, so the name is a value however few sections a log has shown:
// as a word, the statement was one signature per backend, below the miner's count of names
// (miner.ts VALUE_WORDS).
//
// Read only so: `frontend`, `backend` or `listener` (capitalised too, as a message opens), then an
// identifier as configurations spell them, lower-case parts joined by `_` or `-` (`be_app`,
// `www-backend`, `fe_http2`). A plain word after the kind goes on with the sentence (`backend
// connection refused`, `frontend server closed`), and a word that states a failure stays.
import { isFailureWord } from './failure-words.js';

const KINDS = new Set(['frontend', 'backend', 'listener', 'Frontend', 'Backend', 'Listener']);
const SECTION_ID = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+[,:;]?$/;

/** Whether `tokens[i]` (of a masked log line) is a proxy section's id after the word for its kind. */
export function isProxySectionName(tokens: readonly string[], i: number): boolean {
  return i >= 1 && KINDS.has(tokens[i - 1]) && SECTION_ID.test(tokens[i]) && !isFailureWord(tokens[i]);
}
