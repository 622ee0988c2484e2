// The name a server gives a configured client, after `from client` and before the client's port
// or the parenthesis that closes the note, is a value.
//
// FreeRADIUS 3.2 knows each RADIUS client by the short name its clients.conf gives it, and every
// line about a request says which client sent it: auth.c's auth_name writes `from client %s port
// %u` into `Login OK: [%s] (from client %s port %u)` and `Login incorrect (…): [%s] (from client
// %s port %u)`, listen.c `… (from client %s)` after a packet it drops (programs/freeradius,
// server-logs-10.test.ts: `localhost`, `branch`). One statement writes every client's name there,
// so the name is a value however few clients a log has shown: as a word, each statement was one
// signature per client.
//
// Read only so: `from client` (or `(from client`) then one plain name (lower-case letters, digits,
// `_`, `-`, `.`), and after it `port` or the closing parenthesis. A name in any other place after
// `client` goes on with the sentence (Apache's `client denied by server configuration`), and a
// word that states a failure stays the failure (`from client timeout)`).
import { isFailureWord, isGrammarWord } from './failure-words.js';

const NAME = /^([a-z][a-z0-9_.-]{0,63})(\)[,.;:]?)?$/;

/** Whether `tokens[i]` (of a masked log line) is a configured client's name after `from client`, before `port` or `)`. */
export function isConfiguredClientName(tokens: readonly string[], i: number): boolean {
  if (i < 2 || tokens[i - 1] !== 'client' || (tokens[i - 2] !== 'from' && tokens[i - 2] !== '(from')) return false;
  const m = NAME.exec(tokens[i]);
  if (!m || isFailureWord(m[1]) || isGrammarWord(m[1])) return false;
  return m[2] !== undefined ? tokens[i - 2] === '(from' : tokens[i + 1] === 'port';
}
