// Visual Studio's Call Stack window, copied while the debugger is stopped on an exception, prints
// a frame as `Module.dll!Ns.Type.Method(ParamType name) Line 172`
// (https://learn.microsoft.com/visualstudio/debugger/how-to-use-the-call-stack-window: module,
// function with parameter types and names, line number; with a tab-separated language column
// when copied whole, `Unknown` where the module has no symbols), and marks where the runtime
// changes sides with rows such as `[Native to Managed Transition]` or `[External Code]`. A getter
// is shown `Type.Property.get()` where the runtime names it `Type.get_Property`, and a constructor
// `Type.Type()` where it is `Type..ctor`. Read as text, no frame of such a paste was found, and one
// failure pasted from the debugger was keyed by its first line (Akka.Remote's Transport getter,
// akkadotnet/akka.net#7316 and #4579, threads-35). Each row is rewritten as Exception.ToString()'s
// frame (`   at Ns.Type.get_Property(args)`), without a file: the window names none.

/** `Module.dll!` or `Module.exe!` opening a row, the module's name without spaces. */
const MODULE_BANG = /^[\w.\-]{1,200}\.(?:dll|exe)!/;
/** The debugger's own rows between frames: `[External Code]`, `[Native to Managed Transition]`. */
const MARKER_ROW = /^\[(?:External Code|Native to Managed Transition|Managed to Native Transition|Async Call Stack|Frames below may be incorrect[^\]]{0,100})\]\s*(?:\t.{0,40})?$/;

/** Whether the text holds a row of Visual Studio's Call Stack window. */
export function looksLikeVisualStudioCallStack(text: string): boolean {
  if (!text.includes('.dll!') && !text.includes('.exe!')) return false;
  return text.split('\n', 400).some((l) => visualStudioFrame(l.trim()) !== undefined);
}

/** A generic type's arguments as the window shows them (`FSM<A.B, C.D>`); not a compiler's `<Method>d__4`. */
const TYPE_ARGUMENTS = /<[^<>()]{0,400}[.,\s][^<>()]{0,400}>/g;

function visualStudioFrame(row: string): string | undefined {
  const bang = MODULE_BANG.exec(row);
  if (!bang) return undefined;
  const rest = row.slice(bang[0].length).split('\t', 1)[0];
  const open = rest.indexOf('(');
  const close = rest.lastIndexOf(')');
  if (open <= 0 || close < open) return undefined;
  const name = rest.slice(0, open).replace(TYPE_ARGUMENTS, '');
  if (!name.includes('.') || /\s/.test(name)) return undefined;
  const parts = name.split('.');
  const last = parts[parts.length - 1];
  // `Type.Property.get()` / `.set(value)`: the accessor the runtime names get_Property / set_Property.
  if ((last === 'get' || last === 'set') && parts.length >= 3) parts.splice(-2, 2, `${last}_${parts[parts.length - 2]}`);
  // `Type.Type(args)`: the instance constructor, `.ctor` to the runtime.
  else if (parts.length >= 2 && last === parts[parts.length - 2]) parts.splice(-1, 1, '.ctor');
  return `   at ${parts.join('.')}(${rest.slice(open + 1, close)})`;
}

/** The text's Call Stack rows rewritten as Exception.ToString()'s frames, the debugger's marker rows dropped. */
export function visualStudioCallStackAsToString(lines: string[]): string[] {
  if (!lines.some((l) => MODULE_BANG.test(l.trim()))) return lines;
  const out: string[] = [];
  for (const l of lines) {
    const row = l.trim();
    if (MARKER_ROW.test(row)) continue;
    out.push(visualStudioFrame(row) ?? l);
  }
  return out;
}
