// Ben.Demystifier prints a local function after the method that declares it, `+Name(?)`
// (`at async ValueTask Npgsql.Internal.NpgsqlReadBuffer.Ensure(int count, bool async)+EnsureLong(?)`,
// npgsql/npgsql#5430, threads-58), where Exception.ToString() prints the method the C# compiler
// made of it, `Npgsql.Internal.NpgsqlReadBuffer.<Ensure>g__EnsureLong|54_0(…)`, which the .NET
// name rules key as `Ensure.EnsureLong` (stacktrace/dotnet.ts). The demystified line was rewritten
// as the declaring method alone (dotnet-demystified-frame.ts), so the same frame printed by the
// two loggers had two keys, and a local function's frame the key of the method around it. A
// named local function is its own method: the rewrite names it as the compiler does, without the
// ordinals (`<Ensure>g__EnsureLong`), which the name rules read as the raw name. A lambda
// (`+(?) => { }`, `+() => { }`) has no name of its own and stays its method's.

/** `+Name(` right after the declaring method's parameter list: a local function, not a lambda. */
const LOCAL_FUNCTION = /^\+([A-Za-z_]\w{0,200})\(/;

/** The declaring method's last segment in ToString()'s spelling: `Ensure`, or a generic `ToTypedTask[T]`. */
const METHOD_SEGMENT = /^([A-Za-z_]\w{0,200})(\[[^\][]{1,300}\])?$/;

/**
 * `callee` (ToString()'s spelling of the declaring method, `Ns.Type.Method`) as the compiler names
 * the local function that `after` (the text after the method's parameter list) names; `callee`
 * as it is when `after` names none.
 */
export function demystifiedLocalFunction(callee: string, after: string): string {
  const local = LOCAL_FUNCTION.exec(after);
  if (!local) return callee;
  const dot = callee.lastIndexOf('.');
  if (dot <= 0) return callee;
  const method = METHOD_SEGMENT.exec(callee.slice(dot + 1));
  if (!method) return callee;
  return `${callee.slice(0, dot)}.<${method[1]}>g__${local[1]}${method[2] ?? ''}`;
}
