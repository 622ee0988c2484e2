// A C daemon's debug header, `[<process>] [<function>] (<level>):`: the function is the statement's
// place, the process is a value.
//
// SSSD's DEBUG macro (util/debug.c, sssd 2.x) writes every record as `(<time>): [<process>]
// [<function>] (<level>): <message>`, the level a hex mask (`(0x0200)`), the process the daemon's
// own (`[sssd]`, `[nss]`, `[pam]`) or a backend's named after its domain (`[be[good]]`), and the
// function the DEBUG call is in (programs/sssd, server-logs-58.test.ts). A whole bracketed token is
// a value in a log line (template-tokens.ts), so the function was masked: two statements of one
// text in two functions (confdb_get_domains' and confdb_expand_app_domains' `No domains
// configured, fatal error!`) were one signature, while one statement written by two processes was
// two, `[sssd]` read as a value and `[be[good]]` (brackets inside brackets) as a word. So, only
// right before a parenthesised hex level and a colon: a bracketed identifier there is the
// function, kept, and the bracketed token right before that function is the process, a value.
// A bracketed identifier anywhere else (`Terminating [good][3302]`, `Task [SUDO Full Refresh]:`),
// one before a level that is no hex mask (`[main] (42):`), and a bracket holding more than an
// identifier before a level (`[a b] (0x10):`) stay what they were.

const BRACKETED_FUNCTION = /^\[[A-Za-z_][A-Za-z0-9_]{0,127}\]$/;
/** The level after it, as the parameteriser leaves it (`(<hex>):`) or as written (`(0x0200):`). */
const HEX_LEVEL = /^\((?:<hex>|0x[0-9a-fA-F]{1,8})\):$/;
const BRACKETED = /^\[.*\]$/;

/** Whether `tokens[i]` is a debug header's function: `[name]` right before `(<hex level>):`. */
export function isDebugHeaderFunction(tokens: readonly string[], i: number): boolean {
  return BRACKETED_FUNCTION.test(tokens[i]) && HEX_LEVEL.test(tokens[i + 1] ?? '');
}

/** Whether `tokens[i]` is a debug header's process: a bracketed token right before its function. */
export function isDebugHeaderProcess(tokens: readonly string[], i: number): boolean {
  return BRACKETED.test(tokens[i]) && isDebugHeaderFunction(tokens, i + 1);
}

/** Two different functions of debug headers (each before its level): two statements. */
export function differentDebugHeaderFunctions(a: string, b: string, nextA?: string, nextB?: string): boolean {
  return a !== b && isDebugHeaderFunction([a, nextA ?? ''], 0) && isDebugHeaderFunction([b, nextB ?? ''], 0);
}
