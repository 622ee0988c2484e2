// Ben.Demystifier (EnhancedStackTrace, `exception.Demystify()`), which Orleans, Exceptionless,
// JasperFx and many services' loggers use, rewrites each frame of a .NET trace the way C# declares
// the method: its return type first, `async` before an async method, generic arguments in angle
// brackets, a lambda or local function after the method that holds it
// (`at async Task<T> Orleans.Internal.OrleansTaskExtentions.ToTypedTask<T>(Task<object> task)+ConvertAsync(?)`,
// `at async Task demo.Program.Main()+(?) => { } in demo/Program.cs:line 22`,
// `at void SomeNamespace.SomeClass.ThrowsSomethingAsync()+() => { }`; benaadams/Ben.Demystifier#72,
// #163, #218). Read as ToString()'s `at Ns.Type.Method(args)`, the return type made the callee
// two words, so no such line was a frame: a demystified trace had no frames at all, its first
// line read as its type (dotnet/orleans's remote grain call, threads-15), and every failure of a
// service that logs through it had no crash site. Each such line is rewritten as ToString() would
// print the method that holds the code: its callee without the return type, its generic
// arguments in brackets, a lambda's suffix dropped (the method names where the code is), a local
// function named as the compiler names it (dotnet-demystified-local-function.ts), its location kept.

import { demystifiedLocalFunction } from './dotnet-demystified-local-function.js';

/** `at `, then `async ` for an async method, then what precedes the callee. */
const LEAD = /^(\s*)at (?:async )?/;

/** The location after the frame, ToString()'s ` in file:line N`. */
const LOCATION = / in \S.{0,500}:line \d{1,7}\s*$/;

/** A name with generic arguments written out: `Method<T>`, `Iterator<TSource, TResult>`. */
const GENERIC_NAME = /^([A-Za-z_]\w{0,200})<([^<>]{1,300})>$/;

/**
 * Where a leading type ends: the first space outside angle brackets, parentheses and square
 * brackets (`Dictionary<string, int>`, `(int a, string b)`, `string[]`). -1 when there is none.
 */
function typeEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length && i < 600; i++) {
    const c = text[i];
    if (c === '<' || c === '(' || c === '[') depth++;
    else if (c === '>' || c === ')' || c === ']') depth--;
    else if (c === ' ' && depth === 0) return i;
    if (depth < 0) return -1;
  }
  return -1;
}

/** The first `(` outside angle brackets, or -1; -1 too when a space stands outside them before it. */
function calleeEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length && i < 800; i++) {
    const c = text[i];
    if (c === '<') depth++;
    else if (c === '>') depth--;
    else if (c === '(' && depth === 0) return i;
    else if (c === ' ' && depth === 0) return -1;
  }
  return -1;
}

/** The index of the parenthesis closing the one at `open`, or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The callee in ToString()'s spelling: a generic type's arguments as its arity
 * (`` Iterator`2 ``), a generic method's in brackets (`ToTypedTask[T]`); the compiler's names
 * (`<>c`, `<Main>d__0`) as they are.
 */
function toStringCallee(callee: string): string {
  const segments = callee.split(/\.(?![^<]*>)/);
  return segments
    .map((segment, i) =>
      segment
        .split('+')
        .map((part) => {
          const g = GENERIC_NAME.exec(part);
          if (!g) return part;
          const args = g[2].split(',').map((a) => a.trim());
          return i === segments.length - 1 && !part.includes('+') ? `${g[1]}[${args.join(',')}]` : `${g[1]}\`${args.length}`;
        })
        .join('+'),
    )
    .join('.');
}

/**
 * The line as ToString() prints the frame when it is one Ben.Demystifier wrote (a return type
 * before a dotted callee); any other line as it is. Mono's `(wrapper …)` frames are not.
 */
export function demystifiedFrameLine(line: string): string {
  const lead = LEAD.exec(line);
  if (!lead) return line;
  const rest = line.slice(lead[0].length);
  if (rest.startsWith('(')) return line;
  const end = typeEnd(rest);
  if (end <= 0) return line;
  const returnType = rest.slice(0, end);
  // Demystifier names types without their namespace (`Task<Invoice>`, `IEnumerable<TSource>`);
  // a dotted word before a space is a name a paste broke (`Microsoft.Data.SqlClient.Sq lConnection`).
  if (returnType.replace(/<[^]*>|\([^]*\)|\[[^]*\]/g, '').includes('.')) return line;
  const calleeText = rest.slice(end + 1);
  const open = calleeEnd(calleeText);
  if (open <= 0) return line;
  const callee = calleeText.slice(0, open);
  if (!/^[A-Za-z_]/.test(callee) || !/[.+]/.test(callee.replace(/<[^<>]*>/g, ''))) return line;
  const close = closingParen(calleeText, open);
  if (close < 0) return line;
  // A named local function keeps its name (dotnet-demystified-local-function.ts); a lambda is its method's.
  const name = returnType === 'new' ? `${toStringCallee(callee)}..ctor` : demystifiedLocalFunction(toStringCallee(callee), calleeText.slice(close + 1));
  const location = LOCATION.exec(calleeText.slice(close + 1))?.[0] ?? '';
  return `${lead[1]}at ${name}${calleeText.slice(open, close + 1)}${location}`;
}

/** Whether any of a text's first lines is a frame Ben.Demystifier wrote. */
export function hasDemystifiedFrame(text: string): boolean {
  let from = 0;
  for (let n = 0; n < 60 && from < text.length; n++) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end < 0 ? text.length : end);
    if (line.trimStart().startsWith('at ') && demystifiedFrameLine(line) !== line) return true;
    if (end < 0) break;
    from = end + 1;
  }
  return false;
}
