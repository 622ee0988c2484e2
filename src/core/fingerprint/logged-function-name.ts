// The function a logger names before the message, `name():`, is the statement's own place.
//
// C servers' log macros write the function the statement is in before the message: Kamailio's
// LOG macros (with log_stderror, and to syslog alike) write `<module> [file:line]: function(): `
// and then the message (programs/kamailio, server-logs-53.test.ts). The file and line are masked
// as one value (`<*>`), so the function's name is what is left of where the statement is. Two
// statements of one text in two functions are two statements: Kamailio's core/pt.c logs
// `init_child failed for process %d, pid %d, "%s"` in fork_process() and in fork_tcp_process(),
// and the two were one signature, the function's name read as a value beside the values around
// it. A token is such a label only written so, an identifier, empty parentheses and a colon; a
// call named inside a message without the colon is left to what it was before, and two lines of
// one function still join on their values.

/** `fork_process():` — an identifier, `()` and a colon, the form a logger names its function in. */
const LOGGED_FUNCTION = /^[A-Za-z_][A-Za-z0-9_]{0,127}\(\):$/;

/** Whether a token is a logged function's label (LOGGED_FUNCTION). */
export function isLoggedFunction(token: string): boolean {
  return LOGGED_FUNCTION.test(token);
}

/** Two different logged functions' labels: two statements. */
export function differentLoggedFunctions(a: string, b: string): boolean {
  return a !== b && isLoggedFunction(a) && isLoggedFunction(b);
}
