// A configuration file's key, quoted where a log line reports it, and the group (an ini file's
// section) it sits in: avahi 0.8's avahi-daemon/main.c load_config_file writes `Invalid
// configuration key "%s" in group "%s"` for every key an avahi-daemon.conf gets wrong
// (programs/avahi-daemon, server-logs-30.test.ts: `"allow-interface"` in `"server"`,
// `"cache-size"` in `"wide-area"`, `"rlimit-stak"` in `"rlimits"`), and `Invalid domain name "%s"
// for key "%s" in group "%s"`. One statement writes each key and group, so both are what the
// operator wrote, values, as a quoted name after `parameter` or `option` is (template-tokens.ts
// CONFIGURED_OBJECT_WORDS).
// Only where the words say a configuration's key: `key` after `configuration`/`config` or after
// `unknown`/`invalid` (the key rejected), and a group or section after `key "…" in`. After other
// words a quoted key names what failed: MySQL's `Duplicate entry '%s' for key '%s'` names the
// unique index, one failure per index.

const KEY_WORDS = new Set(['key', 'Key']);
const KEY_QUALIFIERS = new Set(['configuration', 'config', 'Configuration', 'Config', 'unknown', 'invalid', 'Unknown', 'Invalid']);
const GROUP_WORDS = new Set(['group', 'section']);
/**
 * Whether the words before `tokens[i]` (of a log line) say it is a configuration key's name:
 * `configuration key` or `unknown|invalid key` before it. The token's own shape (a quoted plain
 * name) is template-tokens.ts' to check, as for the other quoted names it reads.
 */
export function followsConfigurationKey(tokens: readonly string[], i: number): boolean {
  return i >= 2 && KEY_WORDS.has(tokens[i - 1]) && KEY_QUALIFIERS.has(tokens[i - 2]);
}

/** Whether the words before `tokens[i]` (of a log line) say it is the group or section in `key "…" in group "…"`. */
export function followsConfigurationGroup(tokens: readonly string[], i: number): boolean {
  return i >= 4 && GROUP_WORDS.has(tokens[i - 1]) && tokens[i - 2] === 'in' && KEY_WORDS.has(tokens[i - 4]);
}
