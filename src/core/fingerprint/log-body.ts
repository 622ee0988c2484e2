// What of a log body is the message. Structured bodies put the message in one field and
// everything else (request ids, users, durations) in others; mining the whole line would make
// every field a token. JSON bodies are parsed only when they start with `{` and are small.
// The message, then the error: `msg="query failed" err="deadline exceeded"` and
// `msg="query failed" err="connection refused"` are different failures.
const MESSAGE_KEYS = ['msg', 'message', 'event'];
const ERROR_KEYS = ['error', 'err', 'exception'];
const LOGFMT_FIELD = /(?:^|\s)(msg|message|error|err)=(?:"((?:[^"\\]|\\.){0,2000})"|(\S{1,2000}))/g;
// logfmt: starts with `key=` and has another ` key=` later. Two linear probes, not one
// pattern over the whole line (a repeated `key=value` group backtracks badly on `a=a=a=…`).
const LOGFMT_START = /^[\w.@-]{1,64}=/;
const LOGFMT_NEXT = /\s[\w.@-]{1,64}=/;

export function messageOfBody(body: string): { text: string; format: 'json' | 'logfmt' | 'text' } {
  const trimmed = body.trim();
  if (trimmed.startsWith('{') && trimmed.endsWith('}') && trimmed.length <= 16 * 1024) {
    try {
      const obj = JSON.parse(trimmed) as Record<string, unknown>;
      const text = [field(obj, MESSAGE_KEYS), field(obj, ERROR_KEYS)].filter(Boolean).join(': ');
      if (text) return { text, format: 'json' };
    } catch {
      // Not JSON after all: mine it as text.
    }
    return { text: trimmed, format: 'text' };
  }
  if (trimmed.length <= 4096 && trimmed.includes('=') && LOGFMT_START.test(trimmed) && LOGFMT_NEXT.test(trimmed)) {
    const fields: Record<string, string> = {};
    for (const m of trimmed.matchAll(LOGFMT_FIELD)) fields[m[1]] = (m[2] ?? m[3]).replace(/\\"/g, '"');
    const text = [fields.msg ?? fields.message, fields.error ?? fields.err].filter(Boolean).join(': ');
    if (text) return { text, format: 'logfmt' };
  }
  return { text: trimmed, format: 'text' };
}

function field(obj: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) {
    const v = obj[key];
    if (typeof v === 'string' && v) return v;
    if (v && typeof v === 'object' && typeof (v as { message?: unknown }).message === 'string') return (v as { message: string }).message;
  }
  return undefined;
}
