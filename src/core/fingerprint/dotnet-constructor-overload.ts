// Which overload of a .NET constructor a frame is. Every instance constructor of a type is named
// `.ctor` (ECMA-335 §II.10.5.1), so a type's constructor overloads print one callee
// (`Shop.Packaging.Box..ctor`) and only their parameter lists tell them apart; a method's
// overloads are told apart by the line as any two statements of one method are. Two
// constructors of one class each parsing its argument with int.Parse were one signature
// (programs/dotnet-bugs-20).
// Traces print the list in several ways: Mono `(System.String width, System.String height)`,
// CoreCLR `(String width, String height)`, ahead-of-time code `(String, String)`; generic types
// with their arity and, in Mono, their type parameters (`` Dictionary`2[TKey,TValue] groups ``).
// What stays the same is each parameter's type by its simple name, arity and type arguments left
// out: `String,String`.

/** The frame's callee is an instance constructor (`Ns.Type..ctor`, read as module `Ns.Type.` and function `ctor`). */
export function isInstanceConstructor(module: string | undefined, fn: string | undefined): boolean {
  return fn === 'ctor' && (module?.endsWith('.') ?? false);
}

/** The parameter types of an argument list as a trace prints it, by simple name: `String,Int32&`. */
export function constructorOverload(parameters: string): string {
  const types: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= parameters.length; i++) {
    const ch = parameters[i];
    if (ch === '[' || ch === '<') depth++;
    else if (ch === ']' || ch === '>') depth--;
    else if ((ch === ',' && depth === 0) || i === parameters.length) {
      const type = parameterType(parameters.slice(start, i));
      if (type) types.push(type);
      start = i + 1;
    }
  }
  return types.join(',');
}

function parameterType(parameter: string): string {
  // Type arguments (`[TKey,TValue]`, `[System.Int32]`) out, an array's `[]` kept.
  const type = parameter.replace(/\[[^\]]{1,200}\]/g, '').trim().split(/\s+/, 1)[0] ?? '';
  const simple = type.slice(Math.max(type.lastIndexOf('.'), type.lastIndexOf('+')) + 1);
  return simple.replace(/`\d{1,3}/g, '');
}
