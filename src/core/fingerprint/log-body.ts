// What of a log body is the message. Structured bodies put the message in one field and
// everything else (request ids, users, durations) in others; mining the whole line would make
// every field a token. JSON bodies are parsed only when they start with `{` and are small.
const MESSAGE_KEYS = ['msg', 'message', 'error', 'err', 'event', 'exception'];
const LOGFMT_MSG = /(?:^|\s)(?:msg|message|error|err)=(?:"((?:[^"\\]|\\.){0,2000})"|(\S{1,2000}))/;
const LOGFMT = /^(?:[\w.@-]{1,64}=(?:"(?:[^"\\]|\\.){0,2000}"|\S{0,2000})\s*){2,}$/;

export function messageOfBody(body: string): { text: string; format: 'json' | 'logfmt' | 'text' } {
  const trimmed = body.trim();
  if (trimmed.startsWith('{') && trimmed.endsWith('}') && trimmed.length <= 16 * 1024) {
    try {
      const obj = JSON.parse(trimmed) as Record<string, unknown>;
      for (const key of MESSAGE_KEYS) {
        const v = obj[key];
        if (typeof v === 'string' && v) return { text: v, format: 'json' };
        if (v && typeof v === 'object' && typeof (v as { message?: unknown }).message === 'string') {
          return { text: (v as { message: string }).message, format: 'json' };
        }
      }
    } catch {
      // Not JSON after all: mine it as text.
    }
    return { text: trimmed, format: 'text' };
  }
  if (trimmed.length <= 4096 && trimmed.includes('=') && LOGFMT.test(trimmed)) {
    const m = LOGFMT_MSG.exec(trimmed);
    if (m) return { text: (m[1] ?? m[2]).replace(/\\"/g, '"'), format: 'logfmt' };
  }
  return { text: trimmed, format: 'text' };
}
