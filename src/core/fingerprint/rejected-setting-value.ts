// A quoted text right after `unknown <setting>` or `invalid <setting>`, the setting written as the
// configuration file's own key (a snake_case identifier), is the value the operator gave that key
// and the program rejects: hostapd 2.10's hostapd/config_file.c writes `Line %d: unknown hw_mode
// '%s'` and `Line %d: invalid key_mgmt '%s'` for every value a hostapd.conf gets wrong
// (programs/hostapd, server-logs-26.test.ts); one statement writes each, so the quoted text tells
// no failure from another.
// Only after such a key: after a plain word (`unknown setting "Hostnam"`, `Unknown column
// 'email'`, `unknown type 'Order'`) the quoted text is a name that may tell failures apart
// (configured-option-names.test.ts, configured-parameter-names.test.ts keep those).

const REJECTING_WORDS = new Set(['unknown', 'invalid', 'Unknown', 'Invalid']);
const SETTING_KEY = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;

/** Whether the token at `tokens[i]` follows `unknown|invalid <setting_key>`. */
export const followsRejectedSetting = (tokens: readonly string[], i: number): boolean =>
  i >= 2 && SETTING_KEY.test(tokens[i - 1]) && REJECTING_WORDS.has(tokens[i - 2]);

/**
 * Whether `previous` is `unknown` or `invalid`, so that the word after it names what kind of thing
 * the program rejects, one of its own (a setting, `line`), not a value: hostapd 2.10's
 * config_file.c `Line %d: invalid dtim_period %d`, `Line %d: invalid fragm_threshold %d`, `Line %d:
 * invalid key_mgmt '%s'`, `Line %d: invalid cipher '%s'.` and `Line %d: invalid line '%s'` are five
 * statements that the miner had read as one with a value after `invalid` (server-logs-26.test.ts).
 * What was rejected follows that word (OpenSSH's `Invalid user %s from %s`: `user` stays, the name
 * after it varies).
 */
export const isRejectingWord = (previous: string | undefined): boolean => previous !== undefined && REJECTING_WORDS.has(previous);
