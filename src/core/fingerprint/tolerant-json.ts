// A JSON text read as far as it goes: a value quoted in an issue thread or cut by a log line's
// length is often no longer JSON (cut inside an array or object, a key broken by the paste's line
// wrap, a field masked by its reporter). What was read before the damage is returned (each
// method says what becomes of a value the text ended inside). Used where a record's exception is
// read from such copies (php-json-log-record.ts, go-frame-object-stack.ts); a whole, valid text
// reads as JSON.parse reads it.

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Whether a value read is a JSON object (not an array, not null). */
export const isJsonObject = (v: Json | undefined): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

const MAX_DEPTH = 12;

/** A JSON value read from `text` at `at`; what was read before the text ended or stopped being JSON. */
export class TolerantJsonReader {
  at = 0;
  constructor(private readonly text: string) {}

  private skipSpace(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at])) this.at++;
  }

  /** undefined when nothing whole was read (the text ended inside the value, or it is not JSON). */
  value(depth = 0): Json | undefined {
    this.skipSpace();
    const c = this.text[this.at];
    if (c === '{') return depth < MAX_DEPTH ? this.object(depth) : undefined;
    if (c === '[') return depth < MAX_DEPTH ? this.array(depth) : undefined;
    if (c === '"') return this.string();
    const literal = /^(?:-?\d{1,20}(?:\.\d{1,20})?(?:[eE][+-]?\d{1,4})?|true|false|null)/.exec(this.text.slice(this.at, this.at + 48));
    if (!literal) return undefined;
    this.at += literal[0].length;
    return JSON.parse(literal[0]) as Json;
  }

  /** A string the text ended inside is what was read of it (a Trace cut by the quote still holds its first calls). */
  private string(): string | undefined {
    let out = '';
    for (let i = this.at + 1; i < this.text.length; i++) {
      const c = this.text[i];
      if (c === '"') {
        this.at = i + 1;
        return out;
      }
      if (c === '\n' || c === '\r') continue; // a paste's line break, not the record's
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.text[++i];
      if (e === undefined) break;
      if (e === 'u') {
        const hex = this.text.slice(i + 1, i + 5);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) break;
        out += String.fromCharCode(parseInt(hex, 16));
        i += 4;
      } else out += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e;
    }
    this.at = this.text.length;
    return out;
  }

  private object(depth: number): { [key: string]: Json } {
    const out: { [key: string]: Json } = {};
    this.at++;
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] === '}') {
        this.at++;
        return out;
      }
      if (this.text[this.at] !== '"') return out;
      const key = this.string();
      this.skipSpace();
      if (key === undefined || this.at >= this.text.length || this.text[this.at] !== ':') return out;
      this.at++;
      const value = this.value(depth + 1);
      if (value === undefined) return out;
      out[key] = value;
      this.skipSpace();
      if (this.text[this.at] === ',') this.at++;
      else if (this.text[this.at] !== '}') return out;
    }
  }

  private array(depth: number): Json[] {
    const out: Json[] = [];
    this.at++;
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] === ']') {
        this.at++;
        return out;
      }
      const start = this.at;
      const value = this.value(depth + 1);
      // An element the text ended inside is left out (an object cut before its last key is not).
      if (value === undefined || this.at >= this.text.length) return out;
      out.push(value);
      this.skipSpace();
      if (this.text[this.at] === ',') this.at++;
      else if (this.text[this.at] !== ']' || this.at === start) return out;
    }
  }
}
