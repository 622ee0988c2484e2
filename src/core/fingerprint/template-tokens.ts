// Token classes of the template miner: which whitespace tokens of a parameterised body are
// parameters, and which are the words that name a failure.
//
// parameterize.ts has already replaced the values it can recognise by their shape (numbers,
// addresses, ids, dates, paths, sizes, durations…) with `<name>` placeholders. What is left is
// decided here, per token, from what log lines of every kind have in common (the Loghub
// collection of system logs: He et al., "Loghub: A Large Collection of System Log Datasets
// for AI-driven Log Analytics", ISSRE 2023):
//
// - a token holding a placeholder is a parameter (`blk_<int>`, `[<ip>]`, `(<size>)`);
// - a dotted name (`proxy.cse.cuhk.edu.hk`, `com.apple.cloudd.daily:`, `meta_data.json`) is a
//   host, domain, bundle, logger or file name: `<name>`. A word with a dot at the end of a
//   sentence is not a dotted name;
// - a whole token in square brackets is a context tag: a thread (`[main]`,
//   `[pool-1-thread-3]`), a component (`[HID]`); in quotes, a value (`'x1'`, `"3.5"`), except
//   that in a log line a quoted plain word names something (`"users_pkey"`);
// - the value of `key=value` is a parameter, the key is not (`tty=ssh` → `tty=<*>`);
// - the word after `user`, `host`, `account` names one (`Invalid user oracle from …`), unless it
//   is a grammar word and the sentence goes on (`No such host is known`, `user does not have`);
// - a run of adjacent parameters is ONE parameter, so a list of values, a size with its unit
//   in brackets or a time with or without its unit (`lifetime <1 sec` / `lifetime 00:01`) has
//   one shape whatever its length. This is what lets lines with variable-length parameters
//   share a template (Drain needs equal token counts).
// - the record type of a DNS question (`<name> A IN`, `<name> IN AXFR`) is a value (dns-question.ts),
//   and so is the SMTP stage a mail server names after `after` (smtp-stage.ts).
//
// A parameter keeps its placeholder text (`<ip>:<int>`) so a template reads well; the miner
// treats any two parameters as equal (`isParameter`). Every other token is a constant, and two
// lines whose constants differ at a position are kept apart when both are words (`isWord`).
import { differentLoggedFunctions } from './logged-function-name.js';
import { differentDebugHeaderFunctions, isDebugHeaderFunction, isDebugHeaderProcess } from './debug-level-header.js';
import { labelledBracketedTextEnd } from './labelled-bracketed-text.js';
import { isRelayedLineSender, relayedLineEnd } from './relayed-line.js';
import { differentObjectKinds, kindedObjectNameClass } from './kinded-object-name.js';
import { closingQuotedArgumentEnd } from './closing-quoted-argument.js';
import { differentFailureFields, errorMessageField, isFailureField } from './failure-field.js';
import { isRandomId } from './random-id.js';
import { isGroupedKeyId } from './grouped-key-id.js';
import { isLabelledObjectId } from './labelled-object-id.js';
import { isFailureWord, isGrammarWord } from './failure-words.js';
import { isEnclosedStatusConstant } from './outcome-words.js';
import { withRecordTypesAsValues } from './dns-question.js';
import { fieldRecordTokens } from './field-record.js';
import { quotedQuantityEnd } from './quoted-quantity.js';
import { rejectedDirectiveEnd } from './rejected-directive.js';
import { echoedConfigLineEnd } from './echoed-config-line.js';
import { isRejectedArgument } from './rejected-argument.js';
import { isNewValue } from './new-value.js';
import { isPamAccountName } from './pam-account-name.js';
import { isSuSwitchUser } from './su-switch-users.js';
import { withTitledTailAsValue } from './titled-tail.js';
import { opensInlinedPhpTrace } from './inlined-php-trace.js';
import { withUnitDescriptionAsValue } from './systemd-unit-status.js';
import { objectIdentityReprEnd } from './object-identity-repr.js';
import { bracketedFieldRunEnd } from './bracketed-field-run.js';
import { isDistinguishedName } from './ldap-distinguished-name.js';
import { withLsmAuditFieldsAsValue } from './lsm-audit-record.js';
import { withArtGcHeadAsValue } from './art-gc-summary.js';
import { withCrashReportSettingAsValue } from './crash-report-row.js';
import { argumentQuotedCommandEnd } from './argument-quoted-command.js';
import { withKernelTaintAsValue } from './kernel-taint-line.js';
import { withArmBacktraceEntryAsValues } from './arm-backtrace-entry.js';
import { withKernelHardwareNameAsValue } from './kernel-hardware-name.js';
import { opensProcessCpuRow, processCpuRowTokens } from './process-cpu-row.js';
import { windowsPathEnd } from './windows-path-spaces.js';
import { isSmtpStageAfter, SMTP_STAGE } from './smtp-stage.js';
import { withoutPeerNames } from './peer-name.js';
import { withoutIkeSaTag } from './ike-sa-tag.js';
import { isFrameAddress, nativeFrameSymbolAsValue } from './native-frame-symbol.js';
import { memberWord, nullReadMemberIndex, QUOTED_MEMBER } from './null-read-member.js';
import { bracketedValueEnd } from './bracketed-value.js';
import { paddedListEnd } from './padded-list.js';
import { differentTypeCallHeads } from './type-call-head.js';
import { dashSeparatedValue } from './dash-separated-values.js';
import { isBracketedLabelName } from './bracketed-label.js';
import { namesEndpoint } from './named-endpoint.js';
import { isParenthesisedSubject } from './parenthesised-subject.js';
import { isInstanceLabel } from './instance-label.js';
import { isBareModuleName } from './bare-module-name.js';
import { isOidAssignmentName } from './oid-value-assignment.js';
import { isConfigurationTokenName } from './configuration-token-name.js';
import { isParenthesisedModuleName } from './parenthesised-module-name.js';
import { isUnmarshalValueKind } from './unmarshal-value-kind.js';
import { differentArrayLengths } from './go-array-conversion-length.js';
import { isWrapContextWord } from './wrap-context-word.js';
import { negotiatedAlgorithmKindEnd } from './negotiated-algorithm-kind.js';
import { isRepeatedInstanceTag, repeatsTaggedInstance, tagWithInstanceMasked } from './instance-qualified-tag.js';
import { isInterfaceDriverName, isInterfaceName } from './network-interface.js';
import { differentAddressFamilies } from './address-family.js';
import { differentNamedOptions } from './command-line-option.js';
import { isNullPointer } from './null-pointer.js';
import { unknownValueStandIn } from './unknown-value-stand-in.js';
import { labelledJsonDumpEnd } from './labelled-json-dump.js';
import { isBlockDeviceName } from './block-device.js';
import { differentBracketedCodeNames, namesBracketedCodeObject } from './bracketed-code-name.js';
import { differentQualifiedResources } from './kubernetes-resource.js';
import { isValueWord } from './value-word.js';
import { opensXmlSyntaxAccount } from './xml-syntax-error.js';
import { opensJsonSyntaxAccount } from './json-syntax-error.js';
import { bracketlessQuotedListEnd, quotedListEnd } from './quoted-list.js';
import { followsRejectedSetting } from './rejected-setting-value.js';
import { followsConfigurationGroup, followsConfigurationKey } from './configuration-key.js';
import { quotedCommandLineEnd } from './quoted-command-line.js';
import { cronJobCommandEnd } from './cron-job-command.js';
import { echoedSqlStatementEnd } from './echoed-sql-statement.js';
import { namesRelayedStream, opensRelayedOutput } from './relayed-output.js';
import { withCountedKindAsValue } from './counted-kind.js';
import { isStateLetterRun } from './state-letters.js';
import { isNameNumberPair } from './name-number-pair.js';
import { isConfiguredClientName } from './configured-client-name.js';
import { isRadiusListenerKind } from './radius-listener-kind.js';
import { AUTHENTICATION_RESULT, isAuthenticationResult } from './authentication-result.js';
import { isTorListenerKind } from './tor-listener-kind.js';
import { opensTorBootstrapPhase } from './tor-bootstrap-phase.js';
import { isSpacedKeyValue, spacedKeyValueClass } from './spaced-key-value.js';
import { differentSpacedKeys, isSpacedKeyName } from './spaced-key-name.js';
import { isAccessLogMethod } from './access-log-method.js';
import { isAnsweredRequestMethod } from './answered-request-method.js';
import { isRequestMethodOpeningMessage } from './request-method-head.js';
import { withDumpedHeaderLineAsValue } from './header-dump-line.js';
import { withoutHardwareAddressHostName } from './hardware-address-host-name.js';
import { isSessionProtocolName } from './session-protocol-name.js';
import { isProcessedPacketMethod } from './processed-packet-method.js';
import { sshIdentificationStringEnd } from './ssh-identification-string.js';
import { isProxySectionName } from './proxy-section-name.js';
import { isLabelledBackendName } from './backend-name-label.js';
import { isMessagingObjectName } from './messaging-object-name.js';
import { isNamespaceName } from './namespace-name.js';
import { isQuotedNameAfterName } from './quoted-name-after-name.js';
import { prefixedQuotedValueClass } from './prefixed-quoted-value.js';
import { differentMissingKeys, isMissingKeyName } from './missing-key-name.js';
import { documentAtLine, isXmlNodeName } from './xml-node-name.js';
import { parenthesisedCommandLineEnd } from './parenthesised-command-line.js';

export const WILDCARD = '<*>';
const NAME = '<name>';

// A dotted name: a letter first, at least one inner dot between word characters, an optional
// `:port` after it. Leading and trailing punctuation is trimmed before the test. `/.` joins too:
// Android writes a component whose class is in its package as `package/.Class`
// (ComponentName.flattenToShortString, Android API reference), `com.example/.MainActivity`.
const DOTTED = /^[\w$-]{1,64}(?:(?:\.|\/\.?)[\w$-]{1,63}){1,16}(?::(?:\d{1,5}|<int>))?$/;
const HAS_LETTER = /[A-Za-z]/;
// A member of an object in code, `receiver.Member`: a camelCase receiver and a member with a
// capital in it (klog's structured `"operationExecutor.MountVolume started …"`,
// `userService.findById`). A host or domain is not written in camelCase, a package or bundle path
// has lower-case segments and a file name a lower-case extension, so none of them is one: those
// stay names. Two different members are two statements of the program, not one with a value.
const CODE_MEMBER = /^[a-z][a-z0-9]{0,30}[A-Z][A-Za-z0-9]{0,40}\.(?=[A-Za-z0-9_]{0,60}[A-Z])[A-Za-z_][A-Za-z0-9_]{0,60}$/;
// A type and its member, `Type.member`: a capitalised name, then lower-case ones (HDFS's
// `NameSystem.addStoredBlock`, the struct field Go's encoding/json names, `Order.qty`; a source
// file, `Orders.java`). A host, a domain or a package path is written in lower case, so none of
// them is one. Two of them are two statements (a log line quoting `json: cannot unmarshal … into
// Go struct field Order.qty` and `… Reading.rhum` is two fields of two structs: programs/go-bugs-3).
// Not a data file's name, which is the data's (a media file a library scan names, `HD.mp4`).
const TYPE_MEMBER = /^[A-Z][A-Za-z0-9]{0,60}(?:\.[a-z_][A-Za-z0-9_]{0,60}){1,4}$/;
const DATA_FILE = /\.(?:mp[34]|m4[av]|mkv|avi|mov|webm|flac|wav|ogg|jpe?g|png|gif|webp|bmp|tiff?|heic|svg|pdf|docx?|xlsx?|pptx?|odt|ods|csv|txt|md|rtf|zip|gz|tgz|bz2|xz|7z|rar|tar|iso|dmg|img|bak|log|dat|bin)$/;
const isTypeMember = (core: string) => TYPE_MEMBER.test(core) && !DATA_FILE.test(core);
const EDGE_PUNCT = /^[\[("'`{]{1,4}|[\])"'`},;:.!?]{1,4}$/g;
const PROCESS_ID_SUFFIX = /\[<int>\](?=[\])"'`},;:.!?]{0,4}$)/;
// A whole token in quotes or square brackets, with trailing punctuation; an empty `()` or `{}`
// (an empty value: `connection from <ip> () at …`).
const ENCLOSED = /^(?:"[^"\s]{0,256}"|'[^'\s]{0,256}'|`[^`'\s]{1,256}['`]|\[[^\[\]\s]{0,256}\]|\(\)|\{\})[,;:.]?$/;
// `key=value` with a non-empty value; the key keeps its name. `key:value` (no space) too when
// the value holds a digit, a placeholder, a dot or a quote (`onExtend:1514038530000`,
// `action:android.intent.action.SCREEN_ON`), not `Class::method`.
const KEY_VALUE = /^([\w.-]{1,64}=)(.{1,2048})$/;
const KEY_COLON_VALUE = /^([A-Za-z_][\w-]{0,63}:)([^:\s].{0,2047})$/;
const VALUE_LIKE = /[\d<.'"]/;
// Words after which a word is a name: user names, host names, account names; and labels that
// name what follows them (`server: localhost`, `db: 'seafile_db'`, `node: worker-3`), which
// only with their colon: `server closed the connection` is not a name.
const NAMING = new Set([
  'user', 'user:', 'username', 'username:', 'host', 'host:', 'hostname', 'hostname:', 'account', 'account:',
  'server:', 'domain:', 'node:', 'peer:', 'db:', 'database:', 'table:', 'topic:', 'bucket:', 'namespace:', 'pod:', 'container:', 'service:', 'instance:', 'cluster:', 'tenant:', 'project:', 'index:', 'queue:',
  'provider:',
  // `Name:` alone, as Windows event messages label every object (`Account Name:`, `Service name:`,
  // `Process Name:`) and macOS's CoreCapture its profiles (`Owner: …, Name: OneStats`).
  'name:',
]);
/**
 * Words after which a log line quotes the name of a party or an account, a value of its statement.
 * A party connected to a server: ngIRCd 26.1's client.c `Client "%s" unregistered (connection
 * %d): %s.` for every client that leaves before it registers (programs/ngircd,
 * server-logs-24.test.ts), where each nickname was a template of its own. A user's or group's id,
 * after which the account looked up is quoted: opendkim 2.11's main writes `no such user or uid
 * '%s'` (and `no such group or gid '%s'`) with the UserID its configuration names
 * (programs/opendkim, server-logs-27.test.ts), where each account was a template of its own, as
 * after `user` (NAMING) it is not. Only a quoted word: unquoted, the word after `client` or `uid`
 * goes on with the sentence (Apache's `client denied by server configuration`, monit's `uid test
 * failed for %s`).
 */
const QUOTED_NAME_WORDS = new Set(['client', 'Client', 'nick', 'Nick', 'nickname', 'Nickname', 'uid', 'gid', 'UID', 'GID']);
const namesQuotedName = (previous: string) => QUOTED_NAME_WORDS.has(previous);
/**
 * An object's id, quoted after `id` as an account's is after `uid`: a value, whatever it is
 * written with. strongSwan 5.9.8's vici_cred.c writes `loaded %N shared key with id '%s' for: %s`
 * for every secret a swanctl.conf defines (`'ike-sun'`, `'ike-venus'`: programs/strongswan,
 * server-logs-35.test.ts), and an id written as a plain word stayed a word, each secret a template
 * of its own; one with a digit (Kestrel's `Connection id "0HLR1EROQTJJG"`) was `<*>` already, which
 * it is for both. Only a quoted word: unquoted, the word after `id` goes on with the sentence (`id
 * mismatch`).
 */
const namesQuotedId = (previous: string) => previous === 'id' || previous === 'ID';
/**
 * Whether `previous` is a word or label after which a word is a name (the longest in NAMING has 10
 * characters), also a naming word (no colon) that opens a parenthesis: a note in parentheses names
 * as a sentence does. Dropbear 2022.83's svr-session.c svr_dropbear_exit writes `Exit before auth
 * from <%s>: (user '%s', %u fails): %s` for every session that ends before a user is in, and each
 * user name without a digit (`'root'`) was a template of its own (programs/dropbear,
 * server-logs-48.test.ts). A label opening one stays as it was: the AWS SDK's `(Service: S3, Status
 * Code: …)` names the service that refused, which tells failures apart.
 */
const namesWhatFollows = (previous: string) => {
  const word = previous.charCodeAt(0) === 40 && previous.charCodeAt(previous.length - 1) !== 58 ? previous.slice(1) : previous;
  return word.length <= 10 && NAMING.has(word.toLowerCase());
};
/**
 * Words for what an operator configures and names — an action, a module to load, a config
 * command — after which a log line quotes that name: rsyslog 8.2302's action.c `action '%s'
 * suspended (module '%s'), retry %d. …` and `action '%s' resumed (module '%s')` for every action
 * its config defines, runtime/modules.c `could not load module '%s', errors: %s` for every module
 * a config loads, runtime/conf.c `invalid or yet-unknown config file command '%s' …` for every
 * unknown directive (programs/rsyslog, server-logs-16.test.ts); keepalived 2.2.7's lib/parser.c
 * `Unknown keyword '%s'` for every keyword it does not know, and vrrp_track.c's ``Script `%s` now
 * returning %d`` for every vrrp_script the configuration tracks (programs/keepalived); privoxy
 * 3.0.34's loadcfg.c `Ignoring unrecognized directive '%s' …` for every line of its config it does
 * not know, the directive with its value (programs/privoxy, server-logs-18.test.ts); tor 0.4.9.11's
 * confmgt.c `Unknown option '%s'.  Failing.` and `Option '%s' used more than once; …` for every
 * option a torrc misspells or repeats, and policies.c's `Malformed policy '%s'. Discarding entire
 * policy list.` quoting the policy line it rejects (programs/tor, server-logs-19.test.ts); and
 * `parameter` (namesConfiguredObject); avahi 0.8's static-services.c `%s: parse failure: invalid
 * protocol specification "%s".` and `… invalid txt record value format specification "%s".` for
 * what a service file specifies (`"ipv5"`, `"hex"`, `"base64"`), and its `Service "%s" (%s)
 * successfully established.` for every service file's name (programs/avahi-daemon,
 * server-logs-30.test.ts: `"Music"` beside `"SSH on %h"`); strongSwan 5.9.8's ike_auth.c `selected
 * peer config '%s'` for the connection of a swanctl.conf a peer's identities chose (`'gw-sun'`,
 * `'gw-venus'`: programs/strongswan, server-logs-35.test.ts); a plugin a configuration loads:
 * collectd 5.12.0's plugin.c `plugin_load: Load plugin "%s" failed with status %i.` and `read-function
 * of plugin `%s' failed. Will suspend it for %.3f seconds.`, configfile.c's `Plugin `%s' did not
 * register for value `%s'.` for every plugin its LoadPlugin lines name (programs/collectd,
 * server-logs-42.test.ts: `"dns"` beside `"smart"`). One statement
 * writes each configured name, so the name is a value, however few a log has shown. Lower case
 * inside a sentence, or capitalised opening the message (keepalived's `Script`); not in capitals,
 * a program's own heading. Not the words for the
 * program's code (a type, a class: TYPE_KIND_WORDS) or its schema (a column, a table:
 * SCHEMA_OBJECT_WORDS), whose names tell failures apart; and only in log lines: an exception's
 * message holds its quoted values already (`Cannot find module 'dotenv'`).
 */
const CONFIGURED_OBJECT_WORDS = new Set([
  ...['action', 'module', 'plugin', 'command', 'keyword', 'directive', 'script', 'option', 'policy', 'parameter', 'specification', 'config'].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]),
  // Capitalised only, as a message opens with it: lower case inside a sentence, a service is also one the
  // program defines (Symfony's `non-existent service "request"`, one failure per service id).
  'Service',
]);
/**
 * Whether a quoted `token` after `previous` is a configured object's name (CONFIGURED_OBJECT_WORDS).
 * `parameter` is one such word: Zabbix 6.0's cfg.c `unknown parameter "%s" in config file "%s",
 * line %d` for every parameter a zabbix_agentd.conf misspells, and its TLS checks' `parameter "%s"
 * is defined, but "%s" is not defined` (programs/zabbix-agent, server-logs-21.test.ts). A
 * parameter is also a name the program itself defines (a Symfony container parameter, an API's
 * request parameter), which is written as a snake_case identifier: a quoted identifier after it
 * (isQuotedIdentifier) stays the name it is.
 */
const namesConfiguredObject = (previous: string, token: string) =>
  CONFIGURED_OBJECT_WORDS.has(previous) && (previous.toLowerCase() !== 'parameter' || !isQuotedIdentifier(token));

// A quoted plain name: a letter, then letters, digits, `_`, `-`, in double or single quotes.
const QUOTED_PLAIN_NAME = /^(["'])[A-Za-z][\w-]{0,63}\1[,.;:]?$/;
// The same word quoted as shells and GNU programs quote it, a backquote first and a backquote or an
// apostrophe last (lldpd 1.0.16's lldpcli `unknown command from argument %d: `%s``).
const BACKQUOTED_PLAIN_NAME = /^`[A-Za-z][\w-]{0,63}[`'][,.;:]?$/;

/**
 * Whether `tokens[i]` (of a log line) is the quoted name of what a value belongs to, right after
 * `value of`: Zabbix 6.0's cfg.c `wrong value of "%s" in config file "%s", line %d` for every
 * parameter a zabbix_agentd.conf sets out of range (programs/zabbix-agent, server-logs-21.test.ts:
 * `"ListenPort"`, `"StartAgents"`, `"Timeout"`). What has a value is a setting, a field, a key,
 * written there for each one the line is about, as after a configured object's word
 * (namesConfiguredObject); a quoted snake_case identifier stays the program's own name as there.
 */
function namesValueOwner(tokens: readonly string[], i: number): boolean {
  return i >= 2 && tokens[i - 1] === 'of' && tokens[i - 2].toLowerCase() === 'value' && QUOTED_PLAIN_NAME.test(tokens[i]) && !isQuotedIdentifier(tokens[i]);
}
/** Whether `tokens[i]` (of a log line) is a quoted plain word after `unknown|invalid <setting_key>`: the value rejected (rejected-setting-value.ts). */
const isRejectedSettingValue = (tokens: readonly string[], i: number) => QUOTED_PLAIN_NAME.test(tokens[i]) && followsRejectedSetting(tokens, i);
/**
 * Whether `token` is a word that `previous` names. After a naming word without a colon a grammar
 * word goes on with the sentence (`No such host is known`, `root user does not have root role`,
 * `guest user (from session setup) not permitted`), so does a word stating a failure or a state
 * (failure-words.ts: Windows' `An account failed to log on.` beside `An account was locked out.`,
 * `host unreachable`, `user denied`), and so does a word in capitals, the program's
 * own vocabulary as the miner reads it (miner.ts NAME_LIKE): Nagios Core's `HOST ALERT:`, `HOST
 * NOTIFICATION:`, `HOST STATE` (base/logging.c, notifications.c) are three headings, not one host's
 * name; after a label (`Host: a`) it is the value.
 */
const namesWordAfter = (previous: string, token: string) =>
  namesWhatFollows(previous) && isWord(token) && (previous.charCodeAt(previous.length - 1) === 58 || (!isGrammarWord(token) && !isFailureWord(token) && !IN_CAPITALS.test(token) && !isNamingLabel(token)));
/**
 * A naming label (`account:`, `host:`) right after a naming word is that name's label, not a
 * name: coturn 4.6.1's userdb.c `Wrong user account: %s` for every `user=` line without a
 * password (programs/coturn, server-logs-19.test.ts) named `account:` and kept the account, so each
 * account was a template of its own. A name with a colon after it (`user alice: …`) is still one.
 */
const isNamingLabel = (token: string) => token.charCodeAt(token.length - 1) === 58 && namesWhatFollows(token);
// A word in capitals: three capitals or more, then capitals, digits, `_` or `-`, with the
// punctuation a word may carry after it.
const IN_CAPITALS = /^[A-Z]{3,}[A-Z0-9_-]*[:,.;!]?$/;
// A word: a letter, then letters, digits, `_`, `-`, `'`; an opening quote or bracket before
// it and punctuation after it allowed (`"GET`, `(Lifecycle`, `Event)`, `failed:`). It is
// a constant of the template: two words that differ at one position keep lines apart. An
// ellipsis after it too: a program says a step is under way so (HikariCP's `{} - Starting...`,
// `{} - Shutdown initiated...` beside `{} - Shutdown completed.`), and the step is its word.
const WORD = /^["'`(\[]?[A-Za-z][\w'-]{0,63}["'`)\]]?(?:[:,.;!?]|\.\.\.|\u2026)?$/;

// A source location, `orders.go:<int>` — where a log line names the statement that wrote it
// (Go's log with Lshortfile: `orders.go:42: …`; klog and glog: `orders.go:42] …`; Python's
// `%(filename)s:%(lineno)d`, often in brackets). The file names the code, as a stack frame's does,
// and the line is already masked: a dotted name otherwise (a host, a data file: `<name>`), so
// one message logged from two files was one template. A source file's extension and a line
// number after it; a data file (`meta_data.json`) has no line. The file may come with its
// directories relative to the source tree, as a C or C++ program's __FILE__ reads when it is built
// from the tree's top (gearmand's log.hpp ends each DEBUG, WARNING and ERROR record in ` ->
// libgearman-server/gearmand.cc:418`, programs/gearmand): a dotted token with slashes in it was a
// name, a value, so every one-word message of the program was one template (`Entering main event
// loop` / `__replay` / `Sent ERROR`). An absolute path is the parameteriser's `<path>` before it
// gets here, and a path that climbs out of the build directory first (`../ssl/ssl_rsa.c:450`,
// OpenSSL's error strings, which programs such as stunnel quote inside their own messages:
// programs/stunnel, server-logs-*.test.ts) stays what it was, a value of the quoted error.
const SOURCE_LOCATION = /^[\[(]?(?:\w[\w.-]{0,99}\/){0,8}[\w.-]{1,100}\.(?:go|py|rb|php|java|kt|kts|scala|groovy|cs|fs|vb|js|mjs|cjs|ts|mts|cts|jsx|tsx|rs|c|cc|cpp|cxx|h|hpp|m|mm|swift|dart|ex|exs|erl|lua|pl|pm|zig|nim|cr|clj):<int>(?::<int>)?[\])]?[:,;]?$/;

/** True for a token that names a source file and its (masked) line. */
export function isSourceLocation(token: string): boolean {
  return SOURCE_LOCATION.test(token);
}

// A JVM logger's call site in its header, `[thread:Class@<int>]`: log4j's and logback's `%C{1}@%L`
// (the class and line of the logging call) after the thread `%t`, in brackets, as Apache
// ZooKeeper's stock layout writes it (`[%t:%C{1}@%L]`, conf/log4j.properties). Read as a context
// tag, the whole token was a value, and with it the only thing that told apart statements whose
// words are all values (`{} = {}` of two classes' settings: one template). The class names the
// code, as a source file does; the line is masked and the thread dropped (a pool's worker is
// any of them). Only the bracketed header form: a bare `Foo@1a2b` in a message is an object's
// identity hash.
const JVM_CALL_SITE = /(?:^\[|:)([A-Z][\w$]{0,100})@<int>\][:,]?$/;

/** The call site a JVM logger's header token names, as `Class@<int>`, or undefined. */
export function jvmCallSite(token: string): string | undefined {
  if (token.charCodeAt(token.length - 1) !== 93 && token.charCodeAt(token.length - 2) !== 93) return undefined;
  const m = JVM_CALL_SITE.exec(token);
  return m ? `${m[1]}@<int>` : undefined;
}

const CALL_SITE_FORM = /^[A-Z][\w$]{0,100}@<int>$/;

/** True for a token that names a member of an object in code (CODE_MEMBER), punctuation around it aside. */
function isCodeMember(token: string): boolean {
  if (!token.includes('.')) return false;
  const core = token.replace(EDGE_PUNCT, '');
  return CODE_MEMBER.test(core) || isTypeMember(core);
}

/** True for a token that is a word, i.e. a constant that keeps two templates apart. */
export function isWord(token: string): boolean {
  return WORD.test(token);
}

// A run of hex digits in a word: its digits are a number, and a run of six or more holding two
// digits or more is a random suffix as a whole (`veth7e084358` / `vethf24de83`, Calico's
// `cali5a1b2c3d4e`: one kind of interface, another instance). The letters of a shorter run stay,
// so `md5` / `sha1` still differ.
const HEX_RUN = /[0-9a-fA-F]+/g;
const DIGIT = /\d/g;
const HAS_DIGIT = /\d/;
const RANDOM_SUFFIX_LENGTH = 6;

/** The word without its numbers: digits dropped, and random hex suffixes whole. */
function withoutNumbers(word: string): string {
  // Without a digit every hex run is letters and stays whole: the word as it is. Most words
  // have none, and the miner compares words pairwise with every template of their route.
  if (!HAS_DIGIT.test(word)) return word;
  return word.replace(HEX_RUN, (run) => {
    const letters = run.replace(DIGIT, '');
    return run.length >= RANDOM_SUFFIX_LENGTH && run.length - letters.length >= 2 ? '' : letters;
  });
}

// A message code: capitals and then digits (Apache's `AH01630:`, MSBuild's `MSB3073`, MongoDB's
// `E11000`). Its digits are the point: each code is its own statement. (A code with a dash,
// Oracle's `ORA-00942`, has its number masked by the parameteriser, which sees the dash as an edge.)
const MESSAGE_CODE = /^["'`(\[]?[A-Z]{1,6}\d{3,6}["'`)\]]?[:,.;]?$/;

/**
 * True when two tokens are different words, not one word with different numbers in it
 * (`SOCKS5` / `HTTPS` differ; `storage433` / `storage434`, `t761` / `t762`, `veth7e084358:` /
 * `veth189c614a:` do not; message codes `AH01630:` / `AH01797:` do), nor two network interfaces'
 * names (`lo` / `eth0`: network-interface.ts).
 */
export function differentWords(a: string, b: string, nextA?: string, nextB?: string, previousA?: string, previousB?: string): boolean {
  // Two keys a missing-key error names, or one beside a value: two lookups (missing-key-name.ts).
  if (differentMissingKeys(a, b, previousA, previousB)) return true;
  // Two source locations are two statements when their files differ (their lines are masked).
  if (a !== b && isSourceLocation(a) && isSourceLocation(b)) return true;
  // A member in code is a constant of the line: another member, or a word where it stands, is
  // another statement (`Node.js version:` / `Node-RED version:`).
  if (a !== b && ((isCodeMember(a) && (isCodeMember(b) || isWord(b))) || (isCodeMember(b) && isWord(a)))) return true;
  // Two functions a logger names before its message (`fork_process():`) are two statements (logged-function-name.ts).
  if (differentLoggedFunctions(a, b)) return true;
  // Two functions a debug header names before its level (`[confdb_get_domains] (0x0010):`) are two statements (debug-level-header.ts).
  if (differentDebugHeaderFunctions(a, b, nextA, nextB)) return true;
  // Two kinds of object before the names they were given (`IRC::<*>` / `USR::<*>`) are two statements (kinded-object-name.ts).
  if (differentObjectKinds(a, b)) return true;
  // Two JVM call sites are two statements when their classes differ (their lines are masked).
  if (a !== b && CALL_SITE_FORM.test(a) && CALL_SITE_FORM.test(b)) return true;
  // A quoted identifier (isQuotedIdentifier) is a name the program defines, a constant of the
  // line as a word is: beside another one or a word, it is another statement's or another
  // object's (`non-existent service "session"` / `… "wandi.easy_admin_plus.acl…"`).
  if (a !== b && ((isQuotedIdentifier(a) && (isQuotedIdentifier(b) || isWord(b))) || (isQuotedIdentifier(b) && isWord(a)))) return true;
  if (a !== b && labelsSlashedValue(a, b, nextA, nextB)) return true;
  // Two settings' names before a spaced `=`, one of them dotted (`zookeeper.flushDelay = …`): spaced-key-name.ts.
  if (differentSpacedKeys(a, b, nextA, nextB)) return true;
  // Two long options the program names (`(--listen-ng)` / `(--graphite)`): command-line-option.ts.
  if (a !== b && differentNamedOptions(a, b, nextA, nextB)) return true;
  if (a !== b && (labelledValueBesideWord(a, b) || labelledValueBesideWord(b, a))) return true;
  if (!isWord(a) || !isWord(b)) return differentLabels(a, b) || differentQualifiedNames(a, b) || differentAcronyms(a, b) || differentFailureFields(a, b) || differentTypeCallHeads(a, b);
  if (withoutNumbers(a) !== withoutNumbers(b)) return !(isInterfaceName(a) && isInterfaceName(b)) && !(isBlockDeviceName(a) && isBlockDeviceName(b));
  // Its digit is the protocol, not an instance: `IPV4` / `IPV6`, `listen4` / `listen6` (address-family.ts).
  if (differentAddressFamilies(a, b)) return true;
  return a !== b && MESSAGE_CODE.test(a) && MESSAGE_CODE.test(b);
}

// A value behind its label in one token between parentheses or brackets, as the parameteriser
// leaves it: `(round:<int>)`, `[attempt=<int>]`. The label is at least two letters, so that a
// masked unit or sign (`(x:<int>)`) is not one. A bare `key=<*>` is not read so: a record's
// optional field stands where another line has the next field's word (OpenLDAP slapd's `PASSMOD
// id="…" new` and `PASSMOD old new`, one statement: programs/slapd, server-logs-4.test.ts).
const LABELLED_MASKED_VALUE = /^(?:\([A-Za-z][\w-]{1,63}[=:]<[a-z*]{1,12}>\)|\[[A-Za-z][\w-]{1,63}[=:]<[a-z*]{1,12}>\])[:,.;]?$/;

/**
 * A labelled value where the other line has a plain word: two statements. The label is the
 * statement's own text, written around its value; a word standing where the other line has one
 * is another statement's text, not a value. pgpool-II 4.3.5's health check logs `health check
 * retrying on DB node: %d (round:%d)` while it retries and `health check retrying on DB node: %d
 * succeeded` when a retry connects (health_check.c), and the two were one signature, the last
 * token read as a value (programs/pgpool2, server-logs-52.test.ts).
 */
function labelledValueBesideWord(labelled: string, word: string): boolean {
  return LABELLED_MASKED_VALUE.test(labelled) && isWord(word);
}

// Words joined by `/` (`address/host`, `read/write`), nothing after them: written before a value,
// a label naming what the value is, as a word before one is.
const SLASHED_WORDS = /^[A-Za-z]{2,20}(?:\/[A-Za-z]{2,20}){1,3}$/;

/**
 * Two labels, one of them words joined by `/`, each right before a value: two statements, as two
 * words there are (differentWords). NTPsec 1.2.2's ntp_config.c writes `restrict: ignoring line
 * %d, address/host '%s' unusable.` for an address it cannot use and `restrict: ignoring line %d,
 * mask '%s' unusable.` for a mask, and the two were one signature (programs/ntpsec,
 * server-logs-21.test.ts): a token with a `/` is no word, so nothing kept them apart. Only before
 * a value: a value itself can hold a `/` (a relative path `hr/pay`, an image `library/redis` beside
 * `redis`), and then what follows it is no value of its own.
 */
function labelsSlashedValue(a: string, b: string, nextA: string | undefined, nextB: string | undefined): boolean {
  if (nextA === undefined || nextB === undefined || !isParameter(nextA) || !isParameter(nextB)) return false;
  const slashedA = SLASHED_WORDS.test(a);
  const slashedB = SLASHED_WORDS.test(b);
  return (slashedA && (slashedB || isWord(b))) || (slashedB && isWord(a));
}

// A labelled value as `classify` leaves it: the label, its `=` or `:`, the value masked
// (`uid=<*>`, `request:<*>`); or a label whose value the program printed empty (`oid=`, `text=`):
// `key=%s` with an empty string is still the key, and an empty value is a value like another.
const LABELLED_VALUE = /^([A-Za-z][\w-]{0,63})(?:[=:]<\*>|=)$/;

/**
 * Two labelled values whose labels are different words: the label is the statement's constant,
 * only the value after it varies, so a different label is a different statement. OpenSSL's
 * error strings (`error:<code>:SSL routines::<reason>:<file>:<line>:`, its ERR_error_string_n
 * format) glue the reason's last word to the source file after it — `…::unsupported
 * protocol:../ssl/statem/statem_srvr.c:1664:` and `…::http request:../ssl/record/ssl3_record.c:341:`
 * — and the masked file made those two reasons one token apart in a non-word (Postfix's `TLS
 * library problem:` lines); so with every other `key=value` whose key differs, also when a value
 * is empty: OpenLDAP's slapd logs an operation's result as `RESULT tag=<n> err=<n> … text=<s>`
 * and an extended operation's as `RESULT oid=<s> err=<n> … text=<s>` (servers/slapd/result.c),
 * where the oid is most often empty (`RESULT oid= err=50 …`), and the two were one template.
 * The same label with another value or none (`text=` / `text=<*>`), or labels differing only in
 * their digits (`cpu0=` / `cpu1=`), do not.
 */
function differentLabels(a: string, b: string): boolean {
  const la = LABELLED_VALUE.exec(a);
  if (!la) return false;
  const lb = LABELLED_VALUE.exec(b);
  return lb !== null && withoutNumbers(la[1]) !== withoutNumbers(lb[1]);
}

// Words joined by `::` (C++'s and Rust's paths, PHP's `Class::method`, OpenSSL's library and
// reason with its empty function field between them: `routines::unsupported`), with the
// punctuation a word may carry after it.
const QUALIFIED_NAME = /^[A-Za-z][\w-]{0,63}(?:::[A-Za-z][\w-]{0,63}){1,8}[:,.;]?$/;

/**
 * Two qualified names that differ in a word: another function, type or reason, so another
 * statement (`routines::unsupported` / `routines::http`, `Cache::get` / `Cache::put`); the same
 * words with other digits (`Shard1::open` / `Shard2::open`) are one.
 */
function differentQualifiedNames(a: string, b: string): boolean {
  return a !== b && QUALIFIED_NAME.test(a) && QUALIFIED_NAME.test(b) && withoutNumbers(a) !== withoutNumbers(b);
}

// Capitalised acronyms joined by `/` (`TCP/IP`, `SSL/TLS`, `I/O`, BIND's `UDP/IPv4` and
// `UDP/IPv6` port ranges), each with an optional protocol version after a `v` (`IPv6`, `TLSv1`,
// `SNMPv3`). They name protocols or kinds, which a program spells out in capitals; a value
// written with slashes (a relative path `hr/pay`, a date) is not all capitals. The version
// digits after `v` are part of the name (IPv4 and IPv6 are two protocols), other digits number
// an instance (`CPU0/CPU1`).
const ACRONYM_PAIR = /^[A-Z][A-Z0-9]{0,15}(?:v\d{1,2})?(?:\/[A-Z][A-Z0-9]{0,15}(?:v\d{1,2})?){1,4}[:,.;]?$/;
const INSTANCE_DIGITS = /(?<!v)\d+/g;
const withoutInstanceDigits = (token: string) => token.replace(INSTANCE_DIGITS, '');

/** Two acronym pairs that name other protocols (`UDP/IPv4` / `UDP/IPv6`), not other instances. */
function differentAcronyms(a: string, b: string): boolean {
  return a !== b && ACRONYM_PAIR.test(a) && ACRONYM_PAIR.test(b) && withoutInstanceDigits(a) !== withoutInstanceDigits(b);
}

// In an exception message only plain lowercase words (or quoted identifiers) veto: the message
// of one `throw` site often carries a value that looks like a word (`coupon FREE is not valid`,
// `coupon bogus …`), while `card expired` / `card blocked` still differ. A capitalised word
// vetoes too when one of the two states a kind of failure (failure-words.ts): the cause a lower
// layer reported after `failed:` is capitalised as that layer wrote it (`… failed: Connection timed
// out` / `… failed: FATAL: Unexpected Error`), and it is what tells the two failures apart.
const LOWERCASE_WORD = /^["'`(]?[a-z][a-z_]{1,40}["'`)]?[:,.;]?$/;
const PLAIN_WORD = /^["'`(]?[A-Za-z][A-Za-z_]{1,40}["'`)]?[:,.;]?$/;

/**
 * A function the message names as code: a call written with its parentheses (PHP's `Call to a
 * member function getTitle() on null`, `Call to undefined function ez_toc_is_amp_activated()`,
 * `Call to undefined method App\Cart::total()`), or an Erlang or Elixir function with its arity
 * (`no function clause matching in Store.Router.Helpers.checkout_path/2`,
 * `:cowboy_protocol.parse_method/3`, the arity masked or not). The program named the function
 * where it was written, so two of them are two failures, never one with another value: read as
 * values, Nextcloud's and WooCommerce's `Call to a member function … on null` of four apps, and
 * a Phoenix router helper's and Cowboy's parser's missing clauses, were one signature each
 * (threads-8). A name without its parentheses or arity is a word as before.
 */
const CODE_CALL = /^["'`(]?(?:[A-Za-z_$\\][\w$\\]{0,200}(?:(?:::|->|\.)[A-Za-z_$][\w$]{0,200}){0,8}\(\)|:?[A-Za-z_][\w]{0,100}(?:\.[A-Za-z_][\w]{0,100}){1,20}\/(?:\d{1,3}|<int>))["'`)]?[:,;.]?$/;

/** Two different functions named as code (CODE_CALL). */
function differentCodeCalls(a: string, b: string): boolean {
  return a !== b && CODE_CALL.test(a) && CODE_CALL.test(b);
}

/** The veto for exception messages: two different plain lowercase words, or two plain words one of which states a kind of failure. */
export function differentMessageWords(a: string, b: string, nextA?: string, nextB?: string): boolean {
  if (LOWERCASE_WORD.test(a) && LOWERCASE_WORD.test(b)) return true;
  // Two array lengths a Go conversion's types give (go-array-conversion-length.ts).
  if (differentArrayLengths(a, b)) return true;
  // Two Kubernetes resources an API error names (kubernetes-resource.ts).
  if (differentQualifiedResources(a, b, nextA, nextB)) return true;
  if (a !== b && isQuotedIdentifier(a) && isQuotedIdentifier(b)) return true;
  // Two quoted database object names (namesSchemaObject: no other quoted name stays a word).
  if (a !== b && SCHEMA_NAME_TOKEN.test(a) && SCHEMA_NAME_TOKEN.test(b)) return true;
  if (QUOTED_TYPE_NAME.test(a) && QUOTED_TYPE_NAME.test(b)) return true;
  // Two quoted type names (namesTypeOfKind: no other quoted name stays a word).
  if (differentKindTypeNames(a, b)) return true;
  // Two bracketed code object names (bracketed-code-name.ts).
  if (differentBracketedCodeNames(a, b)) return true;
  // Two qualified type names (`App\Jobs\Publish` / `App\Jobs\SendEmail`): where no in-app frame
  // was read, the message's type says which of the application's types the library failed for.
  if (a !== b && QUALIFIED_TYPE_WORD.test(a) && QUALIFIED_TYPE_WORD.test(b)) return true;
  if (differentCodeCalls(a, b)) return true;
  // Two members a runtime's null read names, kept where no frame was read (null-read-member.ts).
  if (a !== b && QUOTED_MEMBER.test(a) && QUOTED_MEMBER.test(b)) return true;
  return PLAIN_WORD.test(a) && PLAIN_WORD.test(b) && a.toLowerCase() !== b.toLowerCase() && (isFailureWord(a) || isFailureWord(b));
}

/**
 * `"reserved_qty"`, `'user_id':` — a quoted snake_case identifier; or a constraint or index
 * named as EF Core and SQL Server name them, a key kind's upper-case abbreviation, `_`, then the
 * table and columns (`"PK_section"`, `'FK_Orders_Customers_CustomerId'`, `"IX_Users_Email"`: EF
 * Core's conventions, https://learn.microsoft.com/ef/core/modeling/keys and …/indexes). Such a
 * name is the schema's, never data.
 */
const QUOTED_IDENTIFIER = /^["'`](?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|(?:PK|FK|AK|IX|UQ|UK|CK|DF)(?:_[A-Za-z0-9]+)+)["'`][:,;.]?$/;

/**
 * `"dz.feature_flags.conditions_bag"`, `'mobile_detect.mobile_detector'` — a quoted dotted name
 * whose parts are snake_case identifiers, one of them with an underscore: a name the program
 * defines (a Symfony service id, a Python module path, a schema-qualified SQL name, a config
 * key). A host name cannot be one, since its labels hold letters, digits and hyphens only (RFC
 * 1123 §2.1, RFC 952), nor can an e-mail address; a data file's name (`'meta_data.csv'`) stays a
 * value. Read as a value, Symfony's `The service "…" has a dependency on a non-existent service
 * "…"` for four bundles' services was one signature (threads-14).
 */
const QUOTED_DOTTED_IDENTIFIER = /^["'`](?=[a-z0-9.]*_)[a-z][a-z0-9_]{0,63}(?:\.[a-z][a-z0-9_]{0,63}){1,8}["'`][:,;.]?$/;

/** A quoted identifier (QUOTED_IDENTIFIER) or quoted dotted identifier (QUOTED_DOTTED_IDENTIFIER): a name, never data. */
function isQuotedIdentifier(token: string): boolean {
  if (QUOTED_IDENTIFIER.test(token)) return true;
  return QUOTED_DOTTED_IDENTIFIER.test(token) && !DATA_FILE.test(token.replace(EDGE_PUNCT, ''));
}

/**
 * `'Shop.Services.IMailSender'`, `'System.String'`, `'Identity.IRoleStore`1[Identity.Role]'` — a
 * quoted namespaced type name (each part an identifier, the last one capitalised, generic arity
 * (its digits masked already or not) and arguments allowed), as .NET's own messages quote the types they are about: `Unable to
 * resolve service for type 'X' while attempting to activate 'Y'`, `Unable to cast object of type
 * 'X' to type 'Y'`. It is code, named where the program was written, never a value the failure
 * was given: two of them are two failures (another missing registration, another cast), where a
 * quoted value (`'seven'`, `'bob@x.org'`) stays a value.
 */
const QUOTED_TYPE_NAME = /^'(?:[A-Za-z_]\w{0,100}\.){1,20}[A-Z]\w{0,100}(?:`(?:\d{1,2}|<int>))?(?:\[[\w.,`<>[\] ]{1,300}\])?'[:,;.]?$/;

/**
 * The veto for the message of a generic exception at an in-app crash site: the site already
 * names the code, so a plain word that differs between two of its messages is an echoed value
 * (`discount abc out of range` / `discount xyzzy out of range`) unless one of the two states a
 * kind of failure or is grammar (`card expired` / `card blocked`: failure-words.ts), or both
 * label the value after them (`nextA`, `nextB`: the tokens that follow, since rounds-fp/13).
 */
export function differentFailureWords(a: string, b: string, nextA?: string, nextB?: string, previousA?: string, previousB?: string): boolean {
  // A quoted identifier names what failed (a constraint, a column: `unique constraint
  // "members_email_key"` / `"members_pkey"`), never an echoed value: two of them differ.
  if (isQuotedIdentifier(a) && isQuotedIdentifier(b)) return true;
  if (QUOTED_TYPE_NAME.test(a) && QUOTED_TYPE_NAME.test(b)) return true;
  // Two quoted names a word says are types (`Class 'Logger' not found` / `Class 'Bugsnag' not
  // found`): which class the code named is the statement, also at one crash site (namesTypeOfKind),
  // unless they are one factory's family (oneTypeFamily: a class name the code built from data).
  if (previousA !== undefined && previousB !== undefined && a !== b && namesTypeOfKind([previousA, a], 1) && namesTypeOfKind([previousB, b], 1) && !oneTypeFamily(a, b)) return true;
  if (differentCodeCalls(a, b)) return true;
  // Two array lengths a Go conversion's types give (go-array-conversion-length.ts).
  if (differentArrayLengths(a, b)) return true;
  if (!LOWERCASE_WORD.test(a) || !LOWERCASE_WORD.test(b)) return false;
  // A word right before a value is the value's label: it says what the value is (`load customer
  // 12: …` / `load invoice 3: …`, `no user "bob"`, `order <uuid> not found`), so it names the
  // record that was looked up, which the crash site cannot: an error is often made in one
  // function and recorded in another (a Go error has no stack of its own, and the OpenTelemetry
  // SDK's RecordError records where it is called, a middleware's stack for every failure). Two
  // labels of one slot are two statements; an echoed value is not followed by another value.
  if (nextA !== undefined && nextB !== undefined && isParameter(nextA) && isParameter(nextB)) return true;
  // A word that is a whole segment of an error chain, between the end of one and the same next
  // one (`line 3: price: strconv.ParseFloat: …` / `line 7: discount: strconv.ParseFloat: …`), is
  // the words a call site wrapped the error in (wrap-context-word.ts), never an echoed value.
  if (isWrapContextWord(a, b, nextA, nextB, previousA, previousB)) return true;
  return isFailureWord(a) || isFailureWord(b);
}

// Words after which an exception message echoes the value it was given
// (`quantity must be positive, got abc`, `expected one of a, b; received zz`).
const VALUE_INTRODUCERS = new Set(['got', 'given', 'received', 'saw']);

const PLACEHOLDERS_G = /<[a-z*]{1,12}>/g;

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * True for a template token that is only values: placeholders and punctuation (`<ip>:<int>`,
 * `(<size>)`, `<*>`). Any two such tokens are the same slot. A placeholder glued to a name
 * (`blk_<int>`, `IOHibernatePollerOpen(<int>)`, `uid=<*>`) is not: the name is a constant.
 * A character loop, not a regex: the miner asks this for every position it compares.
 */
export function isParameter(token: string): boolean {
  let placeholder = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 60 /* < */) {
      let j = i + 1;
      while (j < token.length && j - i <= 13) {
        const d = token.charCodeAt(j);
        if ((d >= 97 && d <= 122) || d === 42 /* * */) j++;
        else break;
      }
      if (j > i + 1 && j - i <= 13 && token.charCodeAt(j) === 62 /* > */) {
        placeholder = true;
        i = j;
      }
    } else if (isAlnum(c)) return false;
  }
  return placeholder;
}

/**
 * True when `general` matches every line `specific` matches: each of its positions is a
 * wildcard, the same token, or a parameter where `specific` has one too. Both are templates
 * (or a template and a line's tokens) of one route, so of one length.
 */
export function covers(general: readonly string[], specific: readonly string[]): boolean {
  // Whether `general` holds values alone, read only once two different parameters meet: the
  // common case, a line its template takes word for word, never needs it.
  let strict: boolean | undefined;
  for (let i = 0; i < general.length; i++) {
    const g = general[i];
    const s = specific[i];
    if (g === WILDCARD || g === s) continue;
    if (!isParameter(g) || !isParameter(s)) return false;
    if ((strict ??= valuesOnly(general)) && !sameWriting(g, s)) return false;
  }
  return true;
}

/**
 * Whether a template holds values alone, no constant word: its lines are told apart only by how
 * their values are written (`sameWriting`), so there a parameter matches only one written alike.
 */
export function valuesOnly(template: readonly string[]): boolean {
  return template.every((t) => t === WILDCARD || isParameter(t));
}

/**
 * Whether two parameters are written alike: the same marks around the same kinds of value
 * (memcached -vv's `<fd` before what a client sent, `>fd` before what it answers; a row of hex
 * bytes, `<hex>`, and the decimal number an incr answers, `<int>`), a name's place allowed to be
 * empty (CoreDNS's zones `.:<int>` and `<hostname>.:<int>`: the root zone is written as its dot).
 */
export function sameWriting(a: string, b: string): boolean {
  return a === b || a.replace(NAME_VALUE, '') === b.replace(NAME_VALUE, '');
}

const NAME_VALUE = /<(?:hostname|name)>/g;

/**
 * False for a token that none of the patterns below can match: no `=` or `<`, no opening quote
 * or bracket, no `:` or `.` inside it (a word with a colon or full stop at its end is common
 * and is still a word). A character loop: most tokens of most lines take this way out.
 */
function classifiable(token: string): boolean {
  const first = token.charCodeAt(0);
  if (first === 34 || first === 39 || first === 96 || first === 91 || first === 40 || first === 123) return true;
  const last = token.length - 1;
  for (let i = 0; i < last; i++) {
    const c = token.charCodeAt(i);
    if (c === 61 || c === 60 || c === 58 || c === 46) return true;
  }
  return token.charCodeAt(last) === 61 || token.charCodeAt(last) === 60;
}

/**
 * What one token of a line is in its template, where no run of values (a span, a list) has taken
 * it: in a log line a stage of an SMTP session, or a name by what the words around it say it
 * names (an endpoint, a parenthesised subject, an instance's label, a value's owner, a quoted value, a rejected
 * setting's value); in an exception message the token itself where it names a schema object, a
 * type of a kind or a bracketed code object; otherwise its class by its own shape (`classify`).
 */
function tokenClass(tokens: readonly string[], i: number, previous: string, isMessage: boolean): string {
  const token = tokens[i];
  if (isMessage) return namesSchemaObject(tokens, i) || namesTypeOfKind(tokens, i) || namesBracketedCodeObject(tokens, i) ? token : classify(token, previous, true);
  if (isSmtpStageAfter(token, previous)) return SMTP_STAGE;
  // A debug header's function is the statement's place, its process a value (debug-level-header.ts).
  if (isDebugHeaderFunction(tokens, i)) return token;
  if (isDebugHeaderProcess(tokens, i)) return WILDCARD;
  // An object's `"label" (id)`, syncthing's folder: both values (labelled-object-id.ts).
  if (isLabelledObjectId(tokens, i)) return token.startsWith('(') ? parenthesisedName(token) : NAME;
  // A pool's scoreboard after `states:` (`child states: IB`) is one value (state-letters.ts).
  if (isStateLetterRun(tokens, i)) return WILDCARD;
  // A socket's name of its kind and the names it was given (`IRC::alice::local`): the kind stays (kinded-object-name.ts).
  const kinded = kindedObjectNameClass(token, WILDCARD);
  if (kinded !== undefined) return kinded;
  // `for root:<int>`: a name and its number after a preposition, one value (name-number-pair.ts).
  if (isNameNumberPair(tokens, i)) return WILDCARD;
  // A driver named after its interface (`eth0 (bcmgenet):`) is the NIC's, a value (network-interface.ts).
  if (isInterfaceDriverName(tokens, i)) return parenthesisedName(token);
  // A library's tag naming the instance that logged, which the message names again (instance-qualified-tag.ts).
  if (isRepeatedInstanceTag(tokens, i)) return tagWithInstanceMasked(token, NAME);
  if (repeatsTaggedInstance(tokens, i)) return NAME + (token.match(/[,.;:)]+$/)?.[0] ?? '');
  // A MIB's `<descriptor> ::= { <parent> <n> }` names two objects of the module, values (oid-value-assignment.ts).
  if (isOidAssignmentName(tokens, i)) return NAME;
  // The token a configuration reader could not use, after `token:` or before `token` (configuration-token-name.ts).
  if (isConfigurationTokenName(tokens, i)) return NAME;
  // `module (<name>)`: the module the line is about, a value (parenthesised-module-name.ts).
  if (isParenthesisedModuleName(tokens, i)) return parenthesisedName(token);
  // encoding/json's `cannot unmarshal <kind> into Go …`: the kind the client sent, a value (unmarshal-value-kind.ts).
  if (isUnmarshalValueKind(tokens, i)) return NAME;
  // A configured client's name after `from client`, before `port` or `)` (configured-client-name.ts).
  if (isConfiguredClientName(tokens, i)) return NAME + token.slice(token.search(/\)|$/));
  // A RADIUS listener's type before `address` (radius-listener-kind.ts).
  if (isRadiusListenerKind(tokens, i)) return NAME;
  // A Tor listener's kind before `listener` (`Opening Socks listener on …`; tor-listener-kind.ts).
  if (isTorListenerKind(tokens, i)) return NAME;
  // An SPF, DKIM or DMARC result ending the line after its domain (authentication-result.ts).
  if (isAuthenticationResult(tokens, i)) return AUTHENTICATION_RESULT;
  // A value after its name and a spaced `=` (`request = Metadata`), as after `request=` (spaced-key-value.ts).
  if (isSpacedKeyValue(tokens, i)) return spacedKeyValueClass(token, WILDCARD);
  // The dotted name before that `=` (`zookeeper.flushDelay = …`): the setting's, a word (spaced-key-name.ts).
  if (isSpacedKeyName(tokens, i)) return token;
  // The method of a Common Log Format line's request (access-log-method.ts).
  if (isAccessLogMethod(tokens, i)) return `"${WILDCARD}`;
  // The method of a request a line reports beside its response's status (answered-request-method.ts).
  if (isAnsweredRequestMethod(tokens, i)) return tokens[i].startsWith('"') ? `"${WILDCARD}` : WILDCARD;
  // The method a message opens with before `request` / `response` (request-method-head.ts).
  if (isRequestMethodOpeningMessage(tokens, i)) return WILDCARD;
  // The protocol a session opening or closing is named by (`SSH2 session opened.`; session-protocol-name.ts).
  if (isSessionProtocolName(tokens, i)) return WILDCARD;
  // A packet's method in capitals before `processed` (`incoming packet ALLOCATE processed`; processed-packet-method.ts).
  if (isProcessedPacketMethod(tokens, i)) return WILDCARD;
  // A load balancer's frontend or backend id after the word for its kind (proxy-section-name.ts).
  if (isProxySectionName(tokens, i)) return NAME + (token.match(/[,:;]$/)?.[0] ?? '');
  // A backend's name as the label of what the line says about it (`backend orders: fail …`; backend-name-label.ts).
  if (isLabelledBackendName(tokens, i)) return `${NAME}:`;
  // A quoted name after the word for its kind is a value, the mark after it kept: a broker's topic,
  // queue, exchange or vhost (messaging-object-name.ts), a namespace (`namespace - "team-a"`,
  // namespace-name.ts), a name after `name` or `named` (`no network with matching name 'lan1'`,
  // quoted-name-after-name.ts), an XML attribute's or element's name a parser reports about
  // (xml-node-name.ts). Each reads its own kinds' words and names.
  if (isMessagingObjectName(tokens, i) || isNamespaceName(tokens, i) || isQuotedNameAfterName(tokens, i) || isXmlNodeName(tokens, i)) return nameKeepingMark(token);
  // The document a parser reports about, with its line (xml-node-name.ts).
  const document = documentAtLine(token, NAME);
  if (document !== undefined) return document;
  // A quoted text glued to a one-letter prefix, `u'sensor1')`: data the program printed (prefixed-quoted-value.ts).
  const prefixed = prefixedQuotedValueClass(token, NAME);
  if (prefixed !== undefined) return prefixed;
  if (namesEndpoint(tokens, i) || isParenthesisedSubject(tokens, i) || isInstanceLabel(tokens, i) || isBareModuleName(tokens, i) || namesValueOwner(tokens, i) || isRejectedSettingValue(tokens, i)) return NAME;
  if (QUOTED_PLAIN_NAME.test(token) && (followsConfigurationKey(tokens, i) || followsConfigurationGroup(tokens, i))) return NAME;
  // The key a missing-key error names, spelt as code spells it: which lookup failed (missing-key-name.ts).
  if (isMissingKeyName(tokens, i)) return token;
  return classify(token, previous, false);
}

/** A quoted name as a value, `<name>`, with the mark closing its token (`'orders',` reads `<name>,`). */
function nameKeepingMark(token: string): string {
  return NAME + (token.match(/[,.;:]$/)?.[0] ?? '');
}

/** A name in parentheses as a value, `(<name>)`, with the mark after it when the token goes on past its `)` (`(e1000e),`). */
function parenthesisedName(token: string): string {
  return `(${NAME})${token.endsWith(')') ? '' : token.slice(-1)}`;
}

function classify(token: string, previous: string, isMessage: boolean): string {
  // An id drawn at random in a mixed-case alphabet (Kafka's topic ids) is a value (random-id.ts).
  if (token.length >= 22 && isRandomId(token)) return WILDCARD;
  // A device or key id in equal dash-separated groups (syncthing's device ID) is a value (grouped-key-id.ts).
  if (token.length >= 19 && isGroupedKeyId(token)) return WILDCARD;
  if (!classifiable(token)) {
    if (isMessage && VALUE_INTRODUCERS.has(previous) && isWord(token) && !isFailureWord(token)) return WILDCARD;
    return namedByWhatPrecedes(previous, token, isMessage) ? NAME : token;
  }
  // A native frame first: one in a binary the parameteriser read as a path is all values already
  // (`<path>(+<hex>)`), and is still the frame (native-frame-symbol.ts).
  const frame = isMessage ? undefined : nativeFrameSymbolAsValue(token, previous);
  if (frame) return frame;
  if (token.charCodeAt(0) === 60 && isParameter(token)) return token;
  if (!isMessage && isSourceLocation(token)) return token;
  const site = isMessage ? undefined : jvmCallSite(token);
  if (site) return site;
  // In a log line a quoted word stays a word: a quoted identifier names what failed
  // (`"users_pkey"` / `"users_email_key"`, `'Active'` / `'Inactive'`). In an exception message
  // quotes hold values (`invalid literal for int() with base 10: 'seven'`). Any other quoted or
  // bracketed token is a value.
  // In an exception message quotes hold values (`invalid literal for int() with base 10:
  // 'seven'`), except a quoted identifier with an underscore, which names what failed (a
  // column, a key: `column "reserved_qty" does not exist`).
  const first = token.charCodeAt(0);
  if (first === 34 || first === 39 || first === 96 || first === 91 || first === 40 || first === 123) {
    // A status constant in brackets or quotes is the outcome a log line reports, not a value
    // (outcome-words.ts `isEnclosedStatusConstant`): `status [NT_STATUS_WRONG_PASSWORD]`.
    if (!isMessage && isEnclosedStatusConstant(token)) return token;
    // A quoted type name in an exception's message is the code it is about, kept (even after `type`).
    if (isMessage && first === 39 && QUOTED_TYPE_NAME.test(token)) return token;
    // Quoted, not bracketed: read by the word before it.
    const enclosed = ENCLOSED.test(token);
    const quoted = enclosed && first !== 91 && first !== 40;
    // A quoted word after a label that names (`db: 'seafile_db'`, `user: 'emr'`) is that name.
    if (quoted && namesWhatFollows(previous)) return NAME;
    // A quoted word after a word for a connected party or an account's id (`Client "carol"
    // unregistered`, `no such user or uid 'mailfilter'`) is its name.
    if (quoted && !isMessage && namesQuotedName(previous)) return NAME;
    // A quoted id after `id` (`with id 'ike-sun'`) is a value (namesQuotedId).
    if (quoted && !isMessage && namesQuotedId(previous)) return WILDCARD;
    // A quoted name right after a word for a configured object (`action 'fwd-siem'`, `module
    // 'imkafka'`, `keyword 'notify_emial'`) is what the operator wrote: CONFIGURED_OBJECT_WORDS.
    if (quoted && !isMessage && namesConfiguredObject(previous, token)) return NAME;
    // A quoted token after `near` is the excerpt of the input where a parser stopped, a value:
    // PostgreSQL's `syntax error at or near "%s"` (scan.l scanner_yyerror), MySQL's and
    // MariaDB's `… to use near '%s' at line %d`, SQLite's `near "%s": syntax error`, BIND's zone
    // parser's `near '%s': bad dotted quad`. What a program quotes there is what it was given.
    if (quoted && !isMessage && previous === 'near') return WILDCARD;
    // A quoted token after any other label ending in a colon is the value it labels
    // (PostgreSQL's `invalid input syntax for type integer: "abc"`, `… "x7"`; `Login failed:
    // 'Iona'`), unless it states a kind of failure (`status: "expired"`).
    if (quoted && !isMessage && previous.length > 1 && previous.charCodeAt(previous.length - 1) === 58 && !isFailureWord(token)) return WILDCARD;
    // A quoted identifier is the name of what failed, dotted or not, in an exception's message
    // and in a log line alike: a Symfony service id or parameter name (`non-existent service
    // "wandi.easy_admin_plus.acl.security.admin_authorization_checker"`), a dotted config key.
    // Kept whole: read as a dotted name (`<name>`) below, two of them were one template, and
    // Symfony's `The service "…" has a dependency on a non-existent parameter "…"` for two
    // bundles was one signature (threads-18, quoted-identifier-log-lines.test.ts).
    if (quoted && isQuotedIdentifier(token)) return token;
    if (enclosed && (isMessage || first === 91 || !isWord(token))) return WILDCARD;
  }
  // A log line's `code=H12`, `err=ECONNRESET`: the value says which failure (failure-field.ts).
  if (!isMessage && isFailureField(token)) return token;
  // An LDAP distinguished name is one value, whatever attribute type names its entry (ldap-distinguished-name.ts).
  if (isDistinguishedName(token)) return WILDCARD;
  const kv = token.includes('=') ? KEY_VALUE.exec(token) : token.includes(':') ? KEY_COLON_VALUE.exec(token) : null;
  if (kv && (kv[1].endsWith('=') || VALUE_LIKE.test(kv[2]))) return kv[1] + WILDCARD;
  // Dotted names in an exception message name the failing thing (`libvips.so.42`): kept.
  if (!isMessage && token.includes('.')) {
    // Placeholders inside a dotted name (`<int>-<int>.speedy.com.ar`) stand for its digits.
    // A process's id after the name (`name[pid]`, as syslog and launchd write a program or a
    // service: launchd's `(com.example.helper[8302]):`) is the process's, not the name's.
    const core = token.replace(PROCESS_ID_SUFFIX, '').replace(EDGE_PUNCT, '').replace(PLACEHOLDERS_G, '0');
    if (core.includes('.') && DOTTED.test(core) && HAS_LETTER.test(core) && !CODE_MEMBER.test(core) && !isTypeMember(core)) return NAME;
  }
  if (token.includes('<')) return token;
  return namedByWhatPrecedes(previous, token, isMessage) ? NAME : token;
}

/**
 * Whether what precedes `token` says it is a name: a naming word (namesWordAfter), or in a log line
 * a bracketed label's opening (`[pool www]`, bracketed-label.ts).
 */
function namedByWhatPrecedes(previous: string, token: string, isMessage: boolean): boolean {
  return namesWordAfter(previous, token) || (!isMessage && (isBracketedLabelName(previous, token) || namesSettingUnquoted(previous, token)));
}

// The words of CONFIGURED_OBJECT_WORDS that name a setting of a configuration file, and a setting's
// name as such files spell it: words run together, each capitalised (`MaxThreads`, `ScanArchives`,
// sshd_config's `PermitRootLogin`), two of them at least.
const SETTING_WORDS = new Set(['option', 'directive', 'keyword', 'parameter'].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]));
const CAMEL_CASE_SETTING = /^[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+[,.;:]?$/;

/**
 * A setting's name written bare after the word for a setting (`Unknown option ScanArchives`): what
 * the operator wrote, a value, as it is quoted (namesConfiguredObject). ClamAV 1.4.6's shared
 * optparser.c logs `Parse error at %s:%d: Unknown option %s` and `Incorrect argument format for
 * option %s` for clamd.conf and freshclam.conf alike, and two misspelt options were two signatures
 * (programs/clamav, server-logs-23.test.ts). Only after a word for a setting: after `action` or
 * `command` a name in that form is an operation the program defines (`action CreateUser`).
 */
function namesSettingUnquoted(previous: string, token: string): boolean {
  return SETTING_WORDS.has(previous) && CAMEL_CASE_SETTING.test(token);
}

// The words before a quoted name that say it is a database's object: SQL Server's `Invalid column
// name 'X'` (error 207), `Invalid object name 'X'` (208), `… into column 'X', table 'Y'` (515);
// PostgreSQL's `column "x" does not exist`, `relation "x" does not exist`; MySQL's `Unknown
// column 'x'`, `Table 'db.t' doesn't exist`.
const SCHEMA_OBJECT_WORDS = new Set(['column', 'table', 'relation']);
const SCHEMA_NAME_TOKEN = /^(['"`])[A-Za-z_][\w$]{0,127}(?:\.[A-Za-z_][\w$]{0,127}){0,3}\1[,.;:]?$/;

// The words before a quoted name that say it names a type of the program: .NET's and EF Core's
// `object of type 'X'`, `Unable to cast … to type 'Y'`; PHP's `Class 'X' not found`, `Interface
// 'X' not found`, `Trait 'X' not found`.
const TYPE_KIND_WORDS = new Set(['type', 'class', 'interface', 'trait', 'enum', 'struct']);
const TYPE_NAME_TOKEN = /^(['"`])[A-Za-z_][\w$]{0,127}(?:(?:\.|\\{1,2})[A-Za-z_][\w$]{0,127}){0,12}(?:`\d{1,2})?\1[,.;:]?$/;

/**
 * A quoted name right after a word that says it names a type (`object of type 'MyDbContext'`,
 * `Class 'Composer\Installer\BinaryInstaller' not found`): the program's name for what failed,
 * unqualified or qualified with `.` or PHP's `\`, never data, so two of them are two failures.
 * Read as values, EF Core's design-time `Unable to create an object of type '…'` for four
 * projects' contexts was one signature (threads-16, quoted-type-kind-names.test.ts).
 */
function namesTypeOfKind(tokens: readonly string[], i: number): boolean {
  return i >= 1 && TYPE_KIND_WORDS.has(tokens[i - 1].toLowerCase()) && TYPE_NAME_TOKEN.test(tokens[i]);
}

/**
 * `App\Jobs\Publish`, `com.shop.Order` — namespaces or packages, then a capitalised type (PHP's
 * PSR-4 and Java's and .NET's naming): a name the program declares. A host name's or file's
 * last part is not capitalised by convention, and a version has digits only.
 */
const QUALIFIED_TYPE_WORD = /^[A-Za-z_$][\w$]{0,200}(?:(?:\\|\.)[A-Za-z_$][\w$]{0,200}){0,30}(?:\\|\.)[A-Z][\w$]{0,200}[:,;.]?$/;

/**
 * Two quoted type names of one family: the same namespace and the same first or last capitalised
 * word of the class (`App\Export\OdsExporter` / `App\Export\XlsxExporter`,
 * `App\Notify\Channels\SmsChannel` / `…\PushChannel`): the names a factory makes from its
 * input (`"App\\Export\\" . ucfirst($format) . 'Exporter'`), one statement however many formats
 * it is given (programs/php-bugs-8). Unrelated names (`Logger`, `Bugsnag`, `Config`,
 * `Monolog\Handler\StreamHandler`) are classes the code named where it was written.
 */
function oneTypeFamily(a: string, b: string): boolean {
  const parts = (t: string) => {
    const name = t.replace(/^['"`]|['"`][,.;:]?$/g, '').replace(/\\\\/g, '\\');
    const at = Math.max(name.lastIndexOf('\\'), name.lastIndexOf('.'));
    const words = name.slice(at + 1).match(/[A-Z][a-z0-9]*/g) ?? [];
    return { namespace: name.slice(0, Math.max(at, 0)), first: words[0], last: words[words.length - 1], count: words.length };
  };
  const x = parts(a);
  const y = parts(b);
  if (x.namespace !== y.namespace || x.count < 2 || y.count < 2) return false;
  return x.first === y.first || x.last === y.last;
}

/** Two different quoted type names kept by namesTypeOfKind. */
function differentKindTypeNames(a: string, b: string): boolean {
  return a !== b && TYPE_NAME_TOKEN.test(a) && TYPE_NAME_TOKEN.test(b);
}

/**
 * A quoted name right after a word that says it names a database's object (`column 'Date'`,
 * `column name 'Date'`, `object name 'dbo.Users'`): the schema's name of what failed, never data,
 * so two of them are two failures. Read as values, `Invalid column name 'Date'` (EF Core's docs
 * sample) and `… 'Tenantd'` (efcore#19158), both with SqlClient's frames only, were one signature
 * (threads-14).
 */
function namesSchemaObject(tokens: readonly string[], i: number): boolean {
  if (i < 1 || !SCHEMA_NAME_TOKEN.test(tokens[i])) return false;
  const before = tokens[i - 1].toLowerCase();
  if (SCHEMA_OBJECT_WORDS.has(before)) return true;
  return before === 'name' && i >= 2 && (SCHEMA_OBJECT_WORDS.has(tokens[i - 2].toLowerCase()) || tokens[i - 2].toLowerCase() === 'object');
}

/**
 * What a body is: a log line; an exception message with no in-app crash site (the message
 * names the failure, any differing plain word keeps two apart); or the message of a generic
 * exception at an in-app crash site (the site names the code, so only a word that states a
 * kind of failure keeps two apart: `differentFailureWords`).
 */
export type BodyKind = 'log' | 'message' | 'site-message';

/**
 * The template tokens of one parameterised body: whitespace tokens, parameters marked (see
 * above), adjacent parameters joined into one token, at most `max` tokens. For an exception's
 * message (`message`, `site-message`) quoted tokens and a value after a closing label or after
 * `got` are parameters, and dotted words are kept.
 */
export function templateTokens(masked: string, max: number, kind: BodyKind = 'log'): string[] {
  const isMessage = kind !== 'log';
  const out: string[] = [];
  let previous = '';
  let lastClass = '';
  let lastIsParameter = false;
  const tokens = (isMessage ? masked : withoutIkeSaTag(withoutPeerNames(masked))).split(/\s+/);
  // A message that is all that names the failure keeps the member a null read names (null-read-member.ts).
  const member = kind === 'message' ? nullReadMemberIndex(tokens) : -1;
  /**
   * Adds `t`, joined to a parameter right before it (with `joiner`; bounded, so a long run stays
   * one short token) when it is one too; true once `max` tokens are out.
   */
  const emit = (t: string, joiner: string): boolean => {
    const parameter = isParameter(t);
    // A mail authentication result stays a token of its own, not one more value of the run
    // before it (authentication-result.ts): joined, its line was a run of values like any other.
    if (parameter && lastIsParameter && t !== AUTHENTICATION_RESULT) {
      const last = out[out.length - 1];
      if (last.length < 64) out[out.length - 1] = `${last}${joiner}${t}`;
      return false;
    }
    out.push(t);
    lastIsParameter = parameter;
    return out.length >= max;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (i === member) {
      const word = memberWord(token);
      out.push(word);
      lastClass = word;
      lastIsParameter = false;
      previous = word;
      if (out.length >= max) break;
      continue;
    }
    // PHP's trace as a string run into the text (Exception::getTraceAsString() after the
    // message, its line breaks lost): from its first frame to the end it is no part of the
    // message (inlined-php-trace.ts).
    if (opensInlinedPhpTrace(tokens, i)) break;
    // Go's XML syntax error: the decoder's account of the input, to the end of the line, is one
    // value (xml-syntax-error.ts).
    if (!isMessage && opensXmlSyntaxAccount(tokens, i)) {
      emit(WILDCARD, ' ');
      break;
    }
    // Another program's output relayed after an `, output:` field is one value, to the end
    // (relayed-output.ts).
    if (!isMessage && opensRelayedOutput(tokens, i)) {
      emit(WILDCARD, ' ');
      break;
    }
    // A Tor bootstrap line's phase, its tag and summary, is one value to the end (tor-bootstrap-phase.ts).
    if (!isMessage && opensTorBootstrapPhase(tokens, i)) {
      emit(WILDCARD, ' ');
      break;
    }
    // Android's CPU usage row, to the end of the line, reads as its fixed words and two values
    // (process-cpu-row.ts).
    if (!isMessage && opensProcessCpuRow(tokens, i)) {
      for (const t of processCpuRowTokens()) if (emit(t, ' ')) break;
      break;
    }
    // Go's JSON syntax error ending the message of an error wrapped around it: the decoder's
    // account of the input, to the end, is one value (json-syntax-error.ts).
    if (isMessage && opensJsonSyntaxAccount(tokens, i)) {
      emit(WILDCARD, ' ');
      break;
    }
    // A dash between two values separates them: the run of values goes on across it, a labelled
    // value's label with it (dash-separated-values.ts).
    const dashed = isMessage ? 0 : dashSeparatedValue(tokens, i, lastIsParameter, (t) => classify(t, '', false), isParameter);
    if (dashed > 0) {
      const last = out[out.length - 1];
      if (last.length < 64) out[out.length - 1] = `${last} - ${WILDCARD}`;
      i += dashed - 1;
      previous = '';
      continue;
    }
    // A JSON object dumped after a label is one value, to its closing brace (labelled-json-dump.ts),
    // and so is an object's identity repr (`<Class at <int> …>`, nested ones inside;
    // object-identity-repr.ts), and a bracketed field of several tokens closing a run of bracketed
    // fields at the line's end (bracketed-field-run.ts), and a quoted SSH identification string
    // (ssh-identification-string.ts).
    const wholeValueEnd = isMessage ? -1 : Math.max(labelledJsonDumpEnd(tokens, i), objectIdentityReprEnd(tokens, i), bracketedFieldRunEnd(tokens, i), sshIdentificationStringEnd(tokens, i));
    if (wholeValueEnd >= 0) {
      lastClass = WILDCARD;
      previous = '';
      i = wholeValueEnd;
      if (emit(WILDCARD, ' ')) break;
      continue;
    }
    // glibc's `(nil)` for a null pointer is a pointer like `0x…` (null-pointer.ts).
    if (!isMessage && isNullPointer(token)) {
      lastClass = '<hex>';
      previous = '';
      if (emit('<hex>', ' ')) break;
      continue;
    }
    // `(unknown-jobid)` where a milter has no queue id is the id's stand-in, a value
    // (unknown-value-stand-in.ts).
    const standInEnd = isMessage ? undefined : unknownValueStandIn(token);
    if (standInEnd !== undefined) {
      lastClass = WILDCARD;
      previous = '';
      if (emit(`${WILDCARD}${standInEnd}`, ' ')) break;
      continue;
    }
    // A record of fields joined by `;` is read field by field (field-record.ts).
    const record = isMessage || !token.includes(';') ? undefined : fieldRecordTokens(token, (f) => classify(f, '', false));
    if (record) {
      let full = false;
      for (const part of record) {
        lastClass = part;
        if (emit(part, '')) {
          full = true;
          break;
        }
      }
      if (full) break;
      previous = '';
      continue;
    }
    // An error key's quoted message is read word by word (failure-field.ts errorMessageField).
    const field = isMessage ? undefined : errorMessageField(tokens, i);
    if (field) {
      let full = emit(field.key, '');
      previous = '';
      for (let k = 0; k < field.words.length; k++) {
        if (full) break;
        const word = field.words[k];
        // A quantity quoted after a label, its quotes escaped in the field (quoted-quantity.ts).
        const quantity = quotedQuantityEnd(field.words, k, previous, '\\');
        // Its other escaped quotes are the error's own (`unknown plan \"gold\"`): the word is read
        // as the error wrote it, and kept as the field holds it.
        const plain = quantity > 0 || !word.includes('\\') ? word : word.replace(ESCAPED_QUOTE, '$1');
        const read = quantity > 0 ? WILDCARD : classify(plain, previous, false);
        const t = read === plain ? word : read;
        if (quantity > 0) k = quantity;
        previous = isParameter(t) ? '' : word;
        if (t === lastClass && t.includes('<')) continue;
        lastClass = t;
        full = emit(t, ' ');
      }
      if (full) break;
      i = field.end;
      continue;
    }
    // A quoted text of several words is one value (`quotedSpanEnd`): in a log line, and in an
    // exception's message (where a quoted word is one too) when none of its words states a kind
    // of failure or is grammar — Go's %q of a name (`unknown plan "gold plus yearly"`), not the
    // operating system's error Rust's Debug quotes (`message: "No such file or directory"`).
    // A command line quoted argument by argument in parentheses is one value, its arguments'
    // words too (argument-quoted-command.ts).
    const commandLine = isMessage ? -1 : argumentQuotedCommandEnd(tokens, i);
    let spanEnd = commandLine > 0 ? commandLine : quotedSpanEnd(tokens, i, !isMessage && (CONFIGURED_OBJECT_WORDS.has(previous) || tokens[i + 1] === '='));
    // In `value "…" for` the quoted text is the value however it reads (value-word.ts), one
    // value of one class whether it holds a word or several.
    if (!isMessage && spanEnd < 0 && isValueWord(previous)) {
      const end = quotedSpanEnd(tokens, i, true);
      if (end > 0 && tokens[end + 1] === 'for') spanEnd = end;
      else if (tokens[i + 1] === 'for' && QUOTED_PLAIN_NAME.test(token)) spanEnd = i;
    }
    if (isMessage && spanEnd > 0 && statesSomething(tokens, i, spanEnd)) spanEnd = -1;
    // A number and its unit quoted after a label is the value it labels (quoted-quantity.ts).
    if (!isMessage && spanEnd < 0) spanEnd = quotedQuantityEnd(tokens, i, previous);
    // A quoted command line, an executable's path and its options, is the value a failing run
    // names (quoted-command-line.ts: firewalld's `'/usr/sbin/iptables -w10 -t filter -F DOCKER'`).
    if (!isMessage && spanEnd < 0) spanEnd = quotedCommandLineEnd(tokens, i, QUOTED_SPAN_TOKENS);
    // The words of a directive a parser rejects, unquoted to the line's end, are one value
    // (rejected-directive.ts).
    if (!isMessage && spanEnd < 0) spanEnd = rejectedDirectiveEnd(tokens, i);
    // The command line of a job cron logs it started or ended, to the line's end (cron-job-command.ts).
    if (!isMessage && spanEnd < 0) spanEnd = cronJobCommandEnd(tokens, i);
    // The SQL a database server echoes after `statement:` in a LOG report, to the line's end (echoed-sql-statement.ts).
    if (!isMessage && spanEnd < 0) spanEnd = echoedSqlStatementEnd(tokens, i);
    // So are the words of a configuration line echoed after `config line <n>:` (echoed-config-line.ts).
    if (!isMessage && spanEnd < 0) spanEnd = echoedConfigLineEnd(tokens, i);
    // So is the kind of algorithm a key exchange could not agree on (negotiated-algorithm-kind.ts).
    if (!isMessage && spanEnd < 0) spanEnd = negotiatedAlgorithmKindEnd(tokens, i);
    // So is the bracketed text a `label:` introduces at the line's end (labelled-bracketed-text.ts).
    if (!isMessage && spanEnd < 0) spanEnd = labelledBracketedTextEnd(tokens, i);
    // So is the line a relay passes on, in brackets after the direction it went (relayed-line.ts).
    if (!isMessage && spanEnd < 0) spanEnd = relayedLineEnd(tokens, i);
    // So is a quoted text closing the line after a value and its comma (closing-quoted-argument.ts).
    if (!isMessage && spanEnd < 0) spanEnd = closingQuotedArgumentEnd(tokens, i, lastIsParameter);
    // A list as a key's value (`voters=(1 2)`, Go's `peers=[a b]`) is one value (bracketed-value.ts).
    const list = spanEnd > 0 ? undefined : bracketedValueEnd(tokens, i);
    // A list of quoted members in a log line (a repr of the program's data) is one value (quoted-list.ts),
    // and so is a list closing the line between brackets that stand apart (padded-list.ts).
    const quotedList = spanEnd > 0 || list || isMessage ? undefined : quotedListEnd(tokens, i) ?? bracketlessQuotedListEnd(tokens, i) ?? paddedListEnd(tokens, i);
    // A quoted plain word after a value that a colon closes is a value too, as after a label
    // ending in a colon (classify): ngIRCd 26.1's irc-oper.c `Got invalid OPER from "%s": "%s" --
    // %s!` quotes the client and then the operator name it tried (programs/ngircd,
    // server-logs-24.test.ts), and each name tried was a template of its own. A word stating a
    // kind of failure (`"<host>": "refused"`) and a quoted identifier stay what they are.
    // Backquoted as well: lldpd 1.0.16's lldpcli `unknown command from argument %d: `%s`` for every
    // word of a configuration line it does not know (programs/lldpd, server-logs-34.test.ts).
    const afterColonValue = !isMessage && spanEnd < 0 && !list && lastIsParameter && i > 0 && tokens[i - 1].endsWith(':') && (QUOTED_PLAIN_NAME.test(token) || BACKQUOTED_PLAIN_NAME.test(token)) && !isQuotedIdentifier(token) && !isFailureWord(token);
    // The bare token closing a line after a phrase that names it (bare-line-end.ts): after `invalid
    // argument to …:` what the operator gave (rejected-argument.ts), after `set to new value` what
    // the program set (new-value.ts), after `for` in a PAM module's message the account
    // (pam-account-name.ts), in su's `(to <user>) <caller> on <tty>` the two accounts (su-switch-users.ts).
    const namedLineEnd = !isMessage && spanEnd < 0 && !list && quotedList === undefined && (isRejectedArgument(tokens, i) || isNewValue(tokens, i) || isPamAccountName(tokens, i) || isSuSwitchUser(tokens, i));
    // The child a supervisor relays a stream of and the stream, named above its output (relayed-output.ts),
    // and the sender before a line a relay passes on (relayed-line.ts).
    const streamOwner = !isMessage && spanEnd < 0 && !list && (namesRelayedStream(tokens, i) || isRelayedLineSender(tokens, i));
    // A command line in parentheses, an executable's path and its options, reads as its path
    // alone, `(<path>)`, as a command without arguments does (parenthesised-command-line.ts).
    const parenthesisedCommand = isMessage || spanEnd > 0 || list || quotedList !== undefined ? -1 : parenthesisedCommandLineEnd(tokens, i, QUOTED_SPAN_TOKENS);
    const t = parenthesisedCommand > 0 ? '(<path>)' + (tokens[parenthesisedCommand].match(/\)([,.;:]?)$/)?.[1] ?? '') : spanEnd > 0 || afterColonValue || namedLineEnd || streamOwner || quotedList !== undefined ? WILDCARD : list ? list.key + WILDCARD : tokenClass(tokens, i, previous, isMessage);
    if (parenthesisedCommand > 0) i = parenthesisedCommand;
    else if (spanEnd > 0) i = spanEnd;
    else if (quotedList !== undefined) i = quotedList;
    else if (list) i = list.end;
    // A native frame's address after it is the frame's (native-frame-symbol.ts isFrameAddress).
    else if (!isMessage && isFrameAddress(tokens[i + 1]) && nativeFrameSymbolAsValue(token) === t) i++;
    // A Windows path with spaces goes on after its masked first part (windows-path-spaces.ts).
    else if (token.includes('<path>')) i = windowsPathEnd(tokens, i);
    // A token read as a value names nothing after it: the user called `user` (`Invalid user
    // user from <ip>`) does not make `from` a name.
    previous = isParameter(t) ? '' : tokens[i];
    // A list of one shape (`blk_<int> blk_<int> …`) is one parameter.
    if (t === lastClass && t.includes('<')) continue;
    lastClass = t;
    if (emit(t, ' ')) break;
  }
  if (isMessage) {
    echoedAfterColon(out);
    return out;
  }
  // Passes over a log line's tokens as read, in this order, each given the line's words too.
  const passes: readonly ((out: string[], words: readonly string[]) => string[])[] = [
    // Each record type of a DNS question is `<rrtype>` (dns-question.ts).
    withRecordTypesAsValues,
    // A security module's audit record: its fields vary with the object audited (lsm-audit-record.ts).
    withLsmAuditFieldsAsValue,
    // systemd's job status lines: their description is a value whatever its case (systemd-unit-status.ts).
    withUnitDescriptionAsValue,
    // A title-case name that closes the line is one value (titled-tail.ts).
    withTitledTailAsValue,
    // ART's GC summary: its cause, collector and tag are values (art-gc-summary.ts).
    withArtGcHeadAsValue,
    // A crash report's OS version and crashed thread rows: their free text is one value (crash-report-row.ts).
    withCrashReportSettingAsValue,
    // The kernel's taint line: its flags, release and version are one value (kernel-taint-line.ts).
    withKernelTaintAsValue,
    // A frame of the arm kernel's backtrace: its two functions are values (arm-backtrace-entry.ts).
    withArmBacktraceEntryAsValues,
    // dump_stack's `Hardware name:` row: the machine's name is one value (kernel-hardware-name.ts).
    withKernelHardwareNameAsValue,
    // A CamelCase type name after a count closing the line: the kind counted (counted-kind.ts).
    withCountedKindAsValue,
    // A request or response line a server dumps under `rqst:` / `resp:`: one value (header-dump-line.ts).
    withDumpedHeaderLineAsValue,
    // The host name in parentheses after a hardware address, printed only when the host sent one: left out (hardware-address-host-name.ts).
    withoutHardwareAddressHostName,
  ];
  let line = out;
  for (const pass of passes) line = pass(line, tokens);
  return line;
}

/** Whether a word of `tokens[from..to]` states a kind of failure or is grammar (failure-words.ts). */
function statesSomething(tokens: readonly string[], from: number, to: number): boolean {
  for (let j = from; j <= to; j++) if (isFailureWord(tokens[j].replace(/^[("'`[]{1,3}|[)"'`\]}:,.;!?]{1,6}$/g, ''))) return true;
  return false;
}

/** A quote escaped inside a quoted field value (`\\"`, `\\'`). */
const ESCAPED_QUOTE = /\\(["'])/g;

/** Tokens a quoted text may span before it is taken for a stray quote. */
const QUOTED_SPAN_TOKENS = 32;
// Punctuation after a closing quote (`"x y",`, `'x y'):`), and an opening bracket before an opening one.
const AFTER_CLOSE = /[,;:.!?)\]}]{0,3}$/;

/**
 * Where a quoted text of several words that starts at `tokens[start]` ends (the index of the
 * token holding its closing quote), or -1. In a log line such a text is what the statement
 * interpolated: a title (`Name: "Spider-Man (MCU) Collection"`), a device or monitor name
 * (`to 'Interruptor Serviço'`), a grant (`entry 'sys mysql.sys@localhost' ignored`), another
 * component's message. Programs rarely quote their own fixed words across a space, and a single
 * quoted word is left to `classify` (a quoted identifier names what failed: `"users_pkey"`).
 * Only free text: quotes around values the parameteriser found hold a structure whose words are
 * constants (an access log's `"GET <path> HTTP/<float>"` and `"POST …"` are different events) —
 * unless the text is `echoed`, the input the program was given and quotes back whole: a line of
 * its configuration, `name = value` (stunnel 5.68's options.c `%s:%d: "%s": %s` quoting the line
 * it rejects, `"conect = 127.0.0.1:25"`), or what follows a word for a configured object
 * (privoxy's `unrecognized directive 'enable-compresion 1'`): its values are the operator's, and
 * so are its words.
 */
function quotedSpanEnd(tokens: readonly string[], start: number, echoed: boolean): number {
  const first = tokens[start];
  const at = first.charCodeAt(0) === 40 || first.charCodeAt(0) === 91 ? 1 : 0;
  const quote = first.charCodeAt(at);
  if (quote !== 34 && quote !== 39) return -1;
  // Closed within its own token: not a span.
  const own = first.slice(at + 1).replace(AFTER_CLOSE, '');
  if (own.length > 0 && own.charCodeAt(own.length - 1) === quote) return -1;
  const last = Math.min(tokens.length - 1, start + QUOTED_SPAN_TOKENS);
  if (!echoed && holdsFoundValue(first)) return -1;
  for (let j = start + 1; j <= last; j++) {
    // Values the parameteriser found inside (a request line's path, a count): the quotes hold a
    // structure of constants and values, not free text (`"GET <path> HTTP/<float>"`).
    if (!echoed && holdsFoundValue(tokens[j])) return -1;
    const body = tokens[j].replace(AFTER_CLOSE, '');
    if (body.length > 0 && body.charCodeAt(body.length - 1) === quote) return j;
    // A new opening quote of the same kind first: the first one was not an opening.
    if (tokens[j].charCodeAt(0) === quote) return -1;
  }
  return -1;
}

/**
 * Whether a token holds a value the parameteriser found, other than bytes it could not print
 * (`<bytes>`, parameterize.ts): those are the text's own characters, written as escapes (MySQL's
 * `Incorrect string value: '\xF0\x9F\x98\x82 s...'` quotes the refused input), not a structure.
 */
function holdsFoundValue(token: string): boolean {
  const at = token.indexOf('<');
  return at >= 0 && (token.indexOf('<', at + 1) >= 0 || !token.startsWith(BYTES, at));
}

const BYTES = '<bytes>';

// A word in any script (`nobody`, `José`, `Kräuter`), with the punctuation a word may carry.
const ANY_SCRIPT_WORD = /^["'`(]?\p{L}[\p{L}\p{N}_'-]{0,63}["'`)]?[:,.;!?]?$/u;

/**
 * `invalid email address: nobody`, `out of stock: kiwi`, `unknown currency: EUR`: one word
 * closing a message after a label that ends in a colon is the value the label names, unless
 * it states a condition (`connection failed: timeout`, failure-words.ts). A longer tail after
 * the colon is a wrapped message (`charge failed: strconv.Atoi: …`) and keeps its words.
 */
function echoedAfterColon(out: string[]): void {
  const n = out.length;
  if (n < 2) return;
  const last = out[n - 1];
  const label = out[n - 2];
  if (label.charCodeAt(label.length - 1) !== 58 /* : */ || isParameter(label) || !ANY_SCRIPT_WORD.test(last) || isFailureWord(last)) return;
  out[n - 1] = WILDCARD;
}

