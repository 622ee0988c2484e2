// A `key=value` field of a log line whose key names the failure and whose value is a code: the
// value says which failure it is, so it is a constant of the line, not a parameter. Lines made of
// key=value fields alone (logfmt, Heroku's router) carry no message words: Heroku's router writes
// every refused request as `at=error code=H12 desc="Request timeout" method=… path=… …`, and its
// error codes are different failures (H10 an app that crashed, H12 a request that timed out,
// H13 a connection closed without a response, H18 a request interrupted: Heroku's "Error Codes"
// article); with the code masked like any value, all of them were one signature
// (simonw/simonwillisonblog#309 quotes the H12 line). Only a value that reads as a code or a
// word (a letter first: `H12`, `ECONNRESET`, `Evicted`, `NoSuchKey`) is kept; a number, a quoted
// text or a path after such a key stays a parameter, as the parameteriser leaves it.

/** Keys whose value names what failed. `status` is not one: its values report any outcome (Postfix's `status=sent`). */
const FAILURE_KEYS = new Set(['code', 'error_code', 'err_code', 'errcode', 'errorcode', 'error', 'err', 'reason']);

/** `key=value`: a failure key, then a code or word of up to 40 characters with a letter first. */
const FAILURE_FIELD = /^([A-Za-z_]{3,10})=([A-Za-z][A-Za-z0-9_.-]{0,39})[,;]?$/;

/** Whether `token` is a failure field whose value is kept (see above). */
export function isFailureField(token: string): boolean {
  const m = FAILURE_FIELD.exec(token);
  return m !== null && FAILURE_KEYS.has(m[1].toLowerCase());
}

/** Two failure fields of one key with different codes: two failures, never one template. */
export function differentFailureFields(a: string, b: string): boolean {
  if (a === b || !isFailureField(a) || !isFailureField(b)) return false;
  return a.slice(0, a.indexOf('=')).toLowerCase() === b.slice(0, b.indexOf('=')).toLowerCase();
}

// An error key's quoted value is the message of the error the line reports: logfmt's, go-hclog's
// (`error="dial tcp 127.0.0.1:28302: connect: connection refused"`, `error="transport shutdown"`)
// and klog's structured calls (`err="open /x: no such file or directory"`) write the error's
// Error() text there, and one statement logs whatever error it was handed. As one quoted value
// (parameterize.ts masks other keys' quoted values whole), a refused dial, an EOF and a closed
// transport after one statement were one signature (docs/fingerprinting.md); read word by word,
// with its own values masked by the parameteriser, the message says which failure it was.
//
// A result key's quoted value is the same: the outcome the line reports, in words the program
// chose from its own list. opendkim's mlfi_eom logs each signature it checked as
// `signature=%s domain=%s selector=%s result="%s"`, the result libopendkim's text for the
// signature's error (dkim-tables.c: "no signature error", "signature verification failed", "key
// DNS query failed", "key revoked"); masked whole, a good signature, a forged one and one whose
// key was revoked were one signature (server-logs-27.test.ts).
//
// A `reason` key's quoted value is the same again, the text of the failure the line reports:
// OpenSMTPD 6.8's smtp_session.c logs a session's end as `smtp disconnected reason=quit` (or
// `timeout`, `disconnect`) and an I/O error as `reason="io-error: %s"`, the error OpenSSL gave
// (`…SSL routines::http request`, `…::decryption failed`); masked whole, every TLS failure was one
// signature, and the plain reasons beside it joined it (server-logs-40.test.ts). But not in a
// line with a status code (`status=404`, `code=503`): there it is that status's reason phrase
// (structlog's `reason='Not Found' status=404`, urllib's HTTPError.reason), a value as the status
// number is (server-logs-12).
//
// A status key's (`stat`, `status`) quoted text of several words, the status a program wrote out
// as a sentence, is read so too: OpenSMTPD's mta.c logs a deferred delivery as `result="TempFail"
// stat="%s"`, the relay's failure ("Temporary failure in MX lookup", "Network error on destination
// MXs"); masked whole, an MX that does not resolve and a host refusing connections were one
// signature (server-logs-40.test.ts). One quoted word after a status key is a state among many
// (`status="Running"`) and stays a value, as `status=sent` does unquoted.
// The other keys' quoted values (a name, a subject, a selector) stay values too.

// A key that qualifies the error word holds an error's message too, as `error` does: the error of
// one kind (`tls_error`, `gai_error`, camel-cased `tlsError`), or the error's text by name
// (`error_str`, `error_message`, `errmsg`, `errorMessage`). syslog-ng 3.38.1 tags a TLS failure
// `tls_error='error:0A00010B:SSL routines::wrong version number'` (lib/tlscontext.c, OpenSSL's error
// string), a name it cannot resolve `error_str='Name or service not known'` (lib/host-resolve.c,
// gai_strerror's text) and a pattern PCRE cannot compile `error_message='missing )'`
// (modules/dbparser/radix.c); masked whole, a plain-text client and one without a certificate,
// or an unclosed group and an unterminated class, were one signature each (programs/syslog-ng,
// server-logs-41.test.ts). Other words after the error word name no text: `error_code` (a code,
// failureField's), `error_at` (the input where the parse stopped), `error_offset`, `error_count`
// are values; and `search_result` is no result the line reports.

/** The error word a key may be or end in, in the cases loggers write it. */
const ERROR_WORD = '(?:[Ee]rr|[Ee]rror|ERR|ERROR)';
/** The words after an error word that say the value is the error's text. */
const TEXT_WORD = '(?:str|string|msg|message|text|desc|description)';
/** Its capitalised forms, after a camel-cased error word (`errorMessage`). */
const TEXT_WORD_CAPITALISED = '(?:Str|String|Msg|Message|Text|Desc|Description)';
/** A qualifier before the error word: one or two words joined by `_` or `-` (`tls_`, `last-tls-`). */
const QUALIFIER = '(?:[A-Za-z][A-Za-z0-9]{0,19}[_-]){1,2}';

/** The keys that hold an error's message (`err`, `error`, `tls_error`, `error_message`, … above), as regex source. */
const ERROR_KEY = `(?:${QUALIFIER}${ERROR_WORD}|[a-z][a-z0-9]{0,19}Error|${ERROR_WORD}(?:[_-]?${TEXT_WORD}|[_-]?${TEXT_WORD.toUpperCase()}|${TEXT_WORD_CAPITALISED})?)`;
/** The keys whose quoted value is read word by word (above): error keys and `result`, as regex source. */
export const REPORTED_TEXT_KEY = `(?:${ERROR_KEY}|[Rr]esult|RESULT)`;
/** A failure's reason (above): read word by word but in a line with a status code, as regex source. */
export const REASON_KEY = '(?:[Rr]eason|REASON)';
/** A status written out (above): read word by word when its quoted text has several words, as regex source. */
export const STATUS_TEXT_KEY = '(?:[Ss]tat|[Ss]tatus|STAT|STATUS)';
/** A status code field (`status=404`, `code=503`), as regex source: a reason in its line is its phrase. */
export const STATUS_CODE_FIELD = '(?<![\\w.-])(?:[Ss]tatus|[Cc]ode|status_code|STATUS|CODE)=[1-5]\\d\\d(?!\\d)';
const STATUS_CODE = new RegExp(STATUS_CODE_FIELD);
/** `error="…`, `err='…`, `result="…`, `reason="…`, `stat="…`: a key read word by word, then the opening quote of its value. */
const ERROR_MESSAGE_FIELD = new RegExp(`^(${REPORTED_TEXT_KEY}=|${REASON_KEY}=|${STATUS_TEXT_KEY}=)(["'])(.*)$`);
const IS_REASON = new RegExp(`^${REASON_KEY}=$`);
const IS_STATUS_TEXT = new RegExp(`^${STATUS_TEXT_KEY}=$`);
/** Punctuation a closing quote may carry (`…refused",`). */
const AFTER_CLOSE = /[,;)\]}]{0,3}$/;
/** Tokens an error's quoted message may span before its quote is taken for a stray one. */
const ERROR_MESSAGE_TOKENS = 48;

export interface ErrorMessageField {
  /** The key with its `=`, a constant of the line. */
  key: string;
  /** The message's whitespace tokens, without the quotes around them. */
  words: string[];
  /** Index of the token that holds the closing quote. */
  end: number;
}

/** The error key's quoted message that starts at `tokens[start]`, or undefined (see above). */
export function errorMessageField(tokens: readonly string[], start: number): ErrorMessageField | undefined {
  const m = ERROR_MESSAGE_FIELD.exec(tokens[start]);
  if (!m) return undefined;
  const quote = m[2];
  const last = Math.min(tokens.length - 1, start + ERROR_MESSAGE_TOKENS);
  const words: string[] = [];
  for (let j = start; j <= last; j++) {
    const token = j === start ? m[3] : tokens[j];
    const body = token.replace(AFTER_CLOSE, '');
    // A quote escaped inside the message (`\"`) does not close it.
    if (body.endsWith(quote) && !body.endsWith(`\\${quote}`) && (j > start || body.length > 1)) {
      const word = body.slice(0, -1);
      if (word) words.push(word);
      if (words.length === 0) return undefined;
      // A reason in a line with a status code is its phrase; a status's one quoted word is a state (above).
      if (IS_REASON.test(m[1]) && tokens.some((t) => STATUS_CODE.test(t))) return undefined;
      if (IS_STATUS_TEXT.test(m[1]) && words.length < 2) return undefined;
      return { key: m[1], words, end: j };
    }
    if (token) words.push(token);
  }
  return undefined;
}
