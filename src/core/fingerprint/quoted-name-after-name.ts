// A quoted name right after the word `name` or `named`: the name an object was looked up by, a
// value.
//
// A daemon that cannot find an object by its name writes the name it was given after the word
// for it: libvirt 9.0's drivers `no network with matching name '%s'`, `no storage pool with
// matching name '%s'`, `no domain with matching name '%s'`, `no node device with matching name
// '%s'` (src/network/bridge_driver.c networkLookupByName, src/storage/storage_driver.c,
// src/qemu/qemu_driver.c), its udev interface backend `couldn't find interface named '%s'`. The
// name is whatever the client asked for, so a word (`'nowhere'`) and a name with a digit
// (`'lan1'`) are one statement's values; kept as words they were one signature per name
// (programs/libvirtd, server-logs-63.test.ts).
//
// Read only so, in a log line: `name` or `named` (not capitalised: a label `Name:` is read by
// the label rules), then one quoted plain name (letters, digits, `-`, `.`, a letter first) with at
// most a closing mark. A name with an underscore stays the program's own identifier as it does
// after any word, and the words unquoted go on with the sentence (`name resolution failed`,
// `named pipe`).
const NAMING = new Set(['name', 'named']);
const QUOTED_NAME = /^(["'])[A-Za-z][A-Za-z0-9.-]{0,63}\1[,.;:]?$/;

/** Whether `tokens[i]` (of a masked log line) is a quoted name right after `name` or `named`. */
export function isQuotedNameAfterName(tokens: readonly string[], i: number): boolean {
  return i >= 1 && NAMING.has(tokens[i - 1]) && QUOTED_NAME.test(tokens[i]);
}
