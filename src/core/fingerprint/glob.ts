// Glob patterns for rules and in-app settings: `*` any run of characters (including `/` and
// `.`, so `com.acme.*` covers sub-packages and `*/generated/*` any depth), `?` one character,
// a leading `!` negates. Case-insensitive: type names and paths are compared as people type them.

export interface Glob {
  source: string;
  negated: boolean;
  test(value: string | undefined): boolean;
}

export function compileGlob(pattern: string): Glob {
  const negated = pattern.startsWith('!');
  const body = negated ? pattern.slice(1) : pattern;
  let re = '';
  for (const ch of body) {
    if (ch === '*') re += re.endsWith('.*') ? '' : '.*';
    else if (ch === '?') re += '.';
    else re += ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  // Runs of `*` collapse to one `.*`, so there is no nested or adjacent repetition to backtrack on.
  const regex = new RegExp(`^${re}$`, 'is');
  return {
    source: pattern,
    negated,
    test(value) {
      const hit = value !== undefined && regex.test(value);
      return negated ? !hit : hit;
    },
  };
}
