// A Go logger's JSON record whose stack is an array of frame objects, written as the goroutine
// dump's frames it stands for (stacktrace/go.ts reads them). zerolog with its pkgerrors marshaller
// (`zerolog.ErrorStackMarshaler = pkgerrors.MarshalStack`) writes pkg/errors' stack as
// `"stack":[{"func":"inner","line":"20","source":"errors.go"},…]` beside `"error"`: the function
// without its package, the file's base name, the line as a string (the field names are its
// StackSourceFunctionName, StackSourceLineName and StackSourceFileName); a gRPC recovery
// interceptor writes `"stack":[{"file":"/go/src/…/interceptors.go","line":153,
// "function":"GRPCRecoveryInterceptor.func1.1"},…]` beside `"err":"runtime error: index out of
// range"` (carousell/Orion#104, threads-53). Read as they were, such records held no trace: the
// record was the message, and every error one logger call wrote was one signature whatever failed
// and wherever.
//
// Read by the tolerant scanner (tolerant-json.ts): a record quoted in a thread is often cut inside
// its stack (Orion's author cut it after the handler's frame). Only a record that opens as an
// object and holds a `stack` (or `stacktrace`, `stack_trace`) array whose first element has a
// function and a line is read so, and of it only the elements that name a Go function and a Go
// source file (`.go`, the runtime's `.s`; another runtime's record of that shape is left as it
// is). Each frame becomes `function()` and the tab-indented `file:line` below it, as a Go dump
// prints one. A function named without its package gets the package its file's directory names
// where the path says it (`/usr/local/go/src/runtime/panic.go`: `runtime`;
// `…/pkg/mod/github.com/x/y@v1.2.0/z/f.go`: `github.com/x/y/z`), so the runtime's own frames read
// as the runtime's (`gopanic` is `runtime.gopanic`); under a base name alone its package is left
// empty, not guessed.
//
// The record's error stands above the frames as the error's line: `panic: <value>` when the frames
// hold the runtime's panic (a deferred recover logged them, embedded-trace.ts' withPanicHeader does
// the same for zap's frames), else the value on a line of its own (a pkg/errors %+v stack opens so).

import { isJsonObject, TolerantJsonReader, type Json } from './tolerant-json.js';
import { valueOf } from './log-body.js';

const MAX_FRAMES = 200;
/** A record with a frame-object stack, before it is read: the key, `[`, `{` and a function or line key soon after. */
const MAY_HOLD = /"(?:stack|stacktrace|stack_trace)"\s*:\s*\[\s*\{[^}]{0,600}?"(?:func|function|line)"\s*:/i;
const STACK_KEYS = ['stack', 'stacktrace', 'stack_trace'];
const FUNCTION_KEYS = ['func', 'function'];
const FILE_KEYS = ['source', 'file'];
const ERROR_KEYS = ['error', 'err'];
/** A Go function as a stack names it: no spaces, parentheses only around a receiver (`(*T).m`). */
const GO_FUNCTION = /^(?:[\w.\-~/]{1,500}\.)?(?:\(\*?[\w[\].]{1,200}\)\.)?[\w·]{1,300}(?:\.[\w·\-]{1,60}){0,12}(?:\[\.\.\.\])?$/;
/** The standard library's source under a Go installation (`/usr/local/go/src/runtime/panic.go`). */
const GOROOT_FILE = /\/src\/((?:runtime|internal|reflect|sync|syscall|testing|net|encoding|os|io|fmt)(?:\/[\w]{1,60}){0,4})\/[^/]{1,200}\.(?:go|s)$/;
/** A module cache's path (`…/pkg/mod/github.com/x/y@v1.2.0/z/f.go`): the import path is the module's and its directories'. */
const MODULE_CACHE_FILE = /\/pkg\/mod\/(.{1,400}?)@[^/]{1,100}((?:\/[^/]{1,100}){0,10})\/[^/]{1,200}\.go$/;
/** A vendored or GOPATH package's directory, after the last `/vendor/` or else the last `/src/` (`github.com/x/y/z`). */
const IMPORT_PATH = /^(?:[\w.\-]{1,100}\/){1,10}[\w.\-]{1,100}$/;

/** A Go source file, as a path or a base name (an assembly file is the runtime's: `asm_amd64.s`). */
const GO_SOURCE = /^\S{0,600}\.(?:go|s)$/;

/** The first of `keys` the object holds, whatever the case of its own key (log-body.ts valueOf). */
function field(object: { [key: string]: Json }, keys: readonly string[]): Json | undefined {
  for (const key of keys) {
    const value = valueOf(object, key) as Json | undefined;
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The import path a frame's file names, where its path says it. */
function packageOf(file: string): string | undefined {
  const goroot = GOROOT_FILE.exec(file);
  if (goroot) return goroot[1];
  const cached = MODULE_CACHE_FILE.exec(file);
  if (cached) return cached[1] + cached[2];
  const root = file.lastIndexOf('/vendor/') >= 0 ? file.lastIndexOf('/vendor/') + '/vendor/'.length : file.lastIndexOf('/src/') >= 0 ? file.lastIndexOf('/src/') + '/src/'.length : -1;
  if (root < 0 || !file.endsWith('.go')) return undefined;
  const directory = file.slice(root, file.lastIndexOf('/'));
  return IMPORT_PATH.test(directory) && !directory.includes('..') ? directory : undefined;
}

/**
 * The function with its package: as written when it names one, else its file's (above). Where
 * neither does, the package is written empty (`.(*Store).Load`, as stacktrace/go.ts splits a name
 * whose package it does not know): the name is the function's and its receiver's, and a receiver
 * in parentheses at a line's start would not be read as a frame at all.
 */
function qualified(fn: string, file: string): string {
  if (fn.includes('/')) return fn;
  const pkg = packageOf(file);
  if (pkg === undefined) return `.${fn}`;
  const last = pkg.slice(pkg.lastIndexOf('/') + 1);
  return fn.startsWith(`${last}.`) ? `${pkg}${fn.slice(last.length)}` : `${pkg}.${fn}`;
}

/** One frame as a Go dump prints it; undefined for an element that names no Go function or no line. */
function frameLines(frame: Json): string | undefined {
  if (!isJsonObject(frame)) return undefined;
  const fn = field(frame, FUNCTION_KEYS);
  const file = field(frame, FILE_KEYS);
  const line = field(frame, ['line']);
  const lineNumber = typeof line === 'number' ? String(line) : typeof line === 'string' && /^\d{1,7}$/.test(line) ? line : undefined;
  if (typeof fn !== 'string' || !GO_FUNCTION.test(fn) || typeof file !== 'string' || !GO_SOURCE.test(file) || lineNumber === undefined) return undefined;
  return `${qualified(fn, file)}()\n\t${file}:${lineNumber}`;
}

const RUNTIME_PANIC = /^runtime\.gopanic\(\)$/m;

/**
 * The record as its error's line and the frames below it; `text` as it is when it is no such
 * record (no frame-object stack, or none of its elements a frame).
 */
export function withGoFrameObjectsAsTrace(text: string): string {
  const start = text.search(/\S/);
  if (start < 0 || text[start] !== '{' || !MAY_HOLD.test(text)) return text;
  const record = new TolerantJsonReader(text.slice(start)).value();
  if (!isJsonObject(record)) return text;
  const stack = field(record, STACK_KEYS);
  if (!Array.isArray(stack)) return text;
  const frames = stack.slice(0, MAX_FRAMES).map(frameLines).filter((f): f is string => f !== undefined);
  if (frames.length === 0) return text;
  const body = frames.join('\n');
  const error = field(record, ERROR_KEYS);
  const value = typeof error === 'string' && error.trim() !== '' ? error.split('\n', 1)[0] : undefined;
  if (value === undefined) return body;
  return RUNTIME_PANIC.test(body) ? `panic: ${value}\n\n${body}` : `${value}\n${body}`;
}
