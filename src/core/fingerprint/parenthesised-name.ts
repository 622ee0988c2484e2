// A name a format writes inside parentheses of its own, `(%s)`, compared as the name it holds.
//
// The template miner joins lines that differ in one name-like word only once that place has held
// three different names (miner.ts VALUE_WORDS); a word in parentheses was no name to it, so a
// value a format prints in parentheses stayed a word however many it took. Syncthing 1.x's
// lib/model/model.go logs each folder it starts as `Ready to synchronize %s (%s)`, the folder's
// description and then its type, one of the type names config.FolderType's String() gives
// (`sendreceive`, `sendonly`, `receiveonly`, `receiveencrypted`); every folder type was a
// template of its own (server-logs-60's syncthing set).
//
// Read only so: an opening parenthesis, a name as NAME_LIKE writes it (lower case, digits, `_`,
// `-`, `.`), the closing parenthesis and at most one of `,;:.` after it. Two such tokens compare
// as their names when they close alike; a name in parentheses and the same name bare never do,
// and a capitalised word in parentheses (`(Open vSwitch)`, `(TLS)`) stays the program's own.
const PARENTHESISED_NAME = /^\(([a-z][a-z0-9_.-]{0,63})(\)[,;:.]?)$/;

/** The name inside a parenthesised name-like token and what closes it (`(` marks the opening), or undefined. */
export function nameInOwnParentheses(token: string): { name: string; close: string } | undefined {
  const m = PARENTHESISED_NAME.exec(token);
  return m ? { name: m[1], close: `(${m[2]}` } : undefined;
}
