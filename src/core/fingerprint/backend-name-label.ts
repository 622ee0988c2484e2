// A backend's name written as the label of what a line says about it (`backend orders: …`) is a
// value: the name the operator gave the backend.
//
// Varnish 7.1's cache_backend.c logs `backend %s: fail errno %d (%s)` (VSLb SLT_FetchError in
// vbe_dir_getfd) with the VCL backend's name, and `backend %s: unhealthy` / `busy` beside it; Go
// and C programs write their backends' errors so as commonly (`backend %s: %w`). One statement
// writes every backend's name there: as a word, Varnish's refused connections were one signature
// per backend (`backend orders:` / `backend billing:`, programs/varnish, server-logs-16.test.ts),
// two names being below the miner's count of names (miner.ts VALUE_WORDS).
// HAProxy's compound section ids after the word for their kind are read by proxy-section-name.ts.
//
// Read only so: `backend` (capitalised too), then one lower-case identifier closed by a colon,
// then a word: what the line goes on to say about the backend. Not a word that states a failure
// or is grammar (`backend down: …`, `backend error: …`, failure-words.ts), nor one of the words
// for a field the line reports (pgpool-II's `backend pid: %d`, `backend status: …`), nor a
// label with a value after it (`backend pid: <int>`).
import { isFailureWord, isGrammarWord } from './failure-words.js';

const KINDS = new Set(['backend', 'Backend']);
const LABELLED_NAME = /^[a-z][a-z0-9_-]{0,63}:$/;
const FIELD_WORDS = new Set(['pid', 'id', 'name', 'type', 'status', 'state', 'response', 'request', 'connection', 'connections', 'health', 'host', 'port', 'address', 'config', 'configuration', 'version']);
const FOLLOWING_WORD = /^[A-Za-z][a-z]*[,.;:]?$/;

/** Whether `tokens[i]` (of a masked log line) is a backend's name closed by a colon after `backend`, a word after it. */
export function isLabelledBackendName(tokens: readonly string[], i: number): boolean {
  if (i < 1 || !KINDS.has(tokens[i - 1]) || !LABELLED_NAME.test(tokens[i])) return false;
  const name = tokens[i].slice(0, -1);
  if (isFailureWord(name) || isGrammarWord(name) || FIELD_WORDS.has(name)) return false;
  return i + 1 < tokens.length && FOLLOWING_WORD.test(tokens[i + 1]);
}
