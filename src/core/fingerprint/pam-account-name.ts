// The account a PAM module's message names after `for` at its end: a value.
//
// Linux-PAM's modules write through pam_syslog, which puts `module(service:group): ` before the
// message, and several messages close on the account they acted for: pam_unix's passverify.c
// `password changed for %s`, written for every password chpasswd, passwd or a login program sets
// (programs/linux-host, server-logs-49.test.ts: erin's and frank's; syslog-host.ndjson: carol's and
// dave's, server-logs.test.ts). A bare name after `for` is a word elsewhere (`waiting for input`,
// `Checking for updates`), so each account was a signature of its own.
//
// Read only so: a token in pam_syslog's prefix form before it, `for` right before it, and the
// line's last token a name as shadow's useradd accepts one (lower case, digits, `_`, `-`, `.`, a
// `$` at the end for a machine account) that is neither grammar nor a word stating a failure.
import { isAccountName } from './account-name.js';

// pam_syslog's prefix: the module, the service (the PAM configuration file) and the management group.
const PAM_PREFIX = /^pam_\w+\([\w.-]+:\w+\):$/;

/** Whether `tokens[i]` (of a masked log line) is the account a PAM module's message ends on. */
export function isPamAccountName(tokens: readonly string[], i: number): boolean {
  if (i !== tokens.length - 1 || i < 2 || tokens[i - 1] !== 'for') return false;
  if (!isAccountName(tokens[i])) return false;
  return tokens.slice(0, i - 1).some((t) => PAM_PREFIX.test(t));
}
