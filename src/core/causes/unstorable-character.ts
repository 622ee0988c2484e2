// A database refusing a value for characters its column cannot store, whatever the code path: only
// the inputs that carry such a character fail, and the same write succeeds for every other input.
// Two forms, each told by the server's own words:
//
// - MySQL's 3-byte `utf8` (utf8mb3, MySQL's name for it since 8.0) holds no character outside the
//   Basic Multilingual Plane, which UTF-8 writes in four bytes (RFC 3629 §3: lead bytes F0–F4), so
//   an emoji is refused with error 1366, `Incorrect string value: '\xF0\x9F\x98\x82...' for column
//   'body' at row 1` (MySQL prints the value from its first byte it cannot store, six bytes and
//   then `...`; MariaDB names the column `db`.`table`.`column`). The column, and the connection's
//   character set, must be utf8mb4 (MySQL Reference Manual, "The utf8mb4 Character Set";
//   steemnova/steemnova#102, openaustralia/planningalerts#1064, alibaba/canal#4774). The same error
//   on well-formed 2- or 3-byte UTF-8 (`'\xD0\xA2\xD0\xB5\xD1\x81...'`, Cyrillic:
//   jperelli/Redmine-Periodic-Task#53) is a column in a character set that is not Unicode (latin1),
//   fixed the same way. A value whose bytes are not UTF-8 at all (`'\xE9t\xE9'`, Latin-1 text sent
//   on a UTF-8 connection) is the client's encoding, not a character a column cannot hold, and is
//   not read here.
// - PostgreSQL cannot store the NUL character (U+0000) in any text type, whatever the database's
//   encoding (PostgreSQL manual, "Character Types": "the character with code zero … cannot be
//   stored"): `invalid byte sequence for encoding "UTF8": 0x00` (SQLSTATE 22021,
//   character_not_in_repertoire; sourcegraph/sourcegraph-public-snapshot#20524), in jsonb the escape
//   `\u0000` refused with 22P05 `unsupported Unicode escape sequence` (DETAIL `\u0000 cannot be
//   converted to text.`), and the drivers that refuse it before sending: ruby-pg's `string contains
//   null byte` (where PostgreSQL is named), psycopg2's `A string literal cannot contain NUL (0x00) characters.` Input that
//   carries one must have it stripped or replaced before the insert (octobox/octobox#705,
//   Kilo-Org/cloud#6245, nyaruka/goflow#1027), or be stored as bytea. Other bytes PostgreSQL calls
//   invalid (`0xeb 0x0a 0x20`, `0xf7`) are text that is not UTF-8 — a client_encoding that does
//   not match the bytes —, not this.
// - PostgreSQL with a database (or a connection) in a single-byte encoding: UTF-8 text whose
//   characters it has no equivalent for (`… in encoding "UTF8" has no equivalent in encoding
//   "LATIN1"`, 22P05; hasura/graphql-engine#7607).

export type UnstorableCharacter =
  | { kind: 'four-byte' | 'multi-byte'; database: 'MySQL'; column?: string; table?: string; value: string }
  | { kind: 'nul'; database: 'PostgreSQL'; words: string }
  | { kind: 'not-in-encoding'; database: 'PostgreSQL'; encoding: string; bytes: string };

/**
 * PostgreSQL converting UTF-8 text into an encoding that has no such character (SQLSTATE 22P05,
 * untranslatable_character): `character with byte sequence 0xe2 0x80 0x9c in encoding "UTF8" has no
 * equivalent in encoding "LATIN1"` (hasura/graphql-engine#7607, a curly quote). The database's
 * encoding, or the connection's client_encoding, is not Unicode. Only from UTF8 into another: text
 * converted into UTF8 that fails (`… in encoding "WIN1252" has no equivalent in encoding "UTF8"`)
 * holds bytes its declared encoding does not define — the sender's bytes, not what a column holds.
 */
const NOT_IN_ENCODING = /character with byte sequence ((?:0x[0-9a-f]{2} ?){1,4}) in encoding "UTF8" has no equivalent in encoding "(\w{2,20})"/i;

/**
 * MySQL's error 1366 on a string, the value from its first refused byte (escapes as MySQL prints
 * them, or escaped once more in JSON), the column bare, quoted or qualified.
 */
const INCORRECT_STRING = /Incorrect string value: '((?:\\{1,2}x[0-9A-Fa-f]{2}|[^'\n]){1,40})' for column [`'"]?((?:[\w$]{1,64}[`'"]?\.[`'"]?){0,2}[\w$]{1,64})[`'"]? at row \d+/;

/** The bytes MySQL printed: `\xHH` escapes, and the characters it printed as themselves. */
function printedBytes(value: string): number[] {
  const bytes: number[] = [];
  for (const m of value.matchAll(/\\{1,2}x([0-9A-Fa-f]{2})|([^\\])/g)) bytes.push(m[1] !== undefined ? parseInt(m[1], 16) : (m[2].codePointAt(0) ?? 0) & 0xff);
  return bytes;
}

/**
 * How many bytes the first character takes when the printed bytes begin a well-formed UTF-8
 * sequence (RFC 3629 §4: lead C2–DF, E0–EF or F0–F4, then 80–BF), else undefined: bytes that are
 * not UTF-8 (Latin-1 `\xE9t\xE9`) are a client's encoding, not a character a column cannot hold.
 * A sequence MySQL cut short with its `...` is taken for what its lead announces.
 */
function utf8Length(bytes: number[]): number | undefined {
  const lead = bytes[0];
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : undefined;
  if (length === undefined || bytes.length < 2) return undefined;
  const continued = bytes.slice(1, length);
  return continued.every((b) => b >= 0x80 && b <= 0xbf) ? length : undefined;
}

/** The table an INSERT or UPDATE in the same text names, when the error carries its statement. */
const WRITTEN_TABLE = /\b(?:INSERT\s+(?:IGNORE\s+)?INTO|UPDATE|REPLACE\s+INTO)\s+[`"]?(?:[\w$]{1,64}[`"]?\.[`"]?)?([\w$]{1,64})[`"]?/i;

/** PostgreSQL's and psycopg2's words for a NUL character it will not store. */
const NUL_REFUSED = /invalid byte sequence for encoding "UTF8": 0x00(?![0-9a-fA-F]| 0x)|\\u0000 cannot be converted to text|cannot contain NUL \(0x00\) characters/i;

/**
 * Ruby's words for a string handed to C with a NUL in it (StringValueCStr), which ruby-pg raises for
 * a parameter but Ruby's File and Process methods raise for a path too: read only where PostgreSQL is
 * named, by the text (`PG::`) or by the failing calls' database.
 */
const NUL_ARGUMENT = /\bstring contains null byte\b/;
const NAMES_POSTGRES = /\bPG::|postgres/i;

export function unstorableCharacter(text: string, calledSystem?: string): UnstorableCharacter | undefined {
  const refused = INCORRECT_STRING.exec(text);
  const length = refused ? utf8Length(printedBytes(refused[1])) : undefined;
  if (refused && length !== undefined) {
    const parts = refused[2].split('.').map((p) => p.replace(/[`'"]/g, ''));
    const column = parts[parts.length - 1];
    const table = parts.length >= 2 ? parts[parts.length - 2] : WRITTEN_TABLE.exec(text)?.[1];
    return { kind: length === 4 ? 'four-byte' : 'multi-byte', database: 'MySQL', column, table, value: refused[1].replace(/\\\\/g, '\\') };
  }
  const untranslatable = NOT_IN_ENCODING.exec(text);
  if (untranslatable && untranslatable[2].toUpperCase() !== 'UTF8') return { kind: 'not-in-encoding', database: 'PostgreSQL', encoding: untranslatable[2], bytes: untranslatable[1].trim() };
  const nul = NUL_REFUSED.exec(text) ?? (NAMES_POSTGRES.test(`${text}\n${calledSystem ?? ''}`) ? NUL_ARGUMENT.exec(text) : null);
  if (nul) return { kind: 'nul', database: 'PostgreSQL', words: nul[0] };
  return undefined;
}

/**
 * What the schema-mismatch rule says of it. `source` is where most of the refused inputs come from
 * when one client, tenant or user is decisive (`client NeighbourBoard/6.4.0`), the why-now the
 * column's limit does not give; `table` the one the failing calls name when the words do not.
 */
export function unstorableCharacterWords(u: UnstorableCharacter, service: string, quote: string, source?: string, calledTable?: string): { cause: string; fix: string } {
  const from = source ? ` Most of them come from ${source}, whose input carries such characters where the rest rarely does: the input's shape fails, not ${service}'s code path nor the database's health.` : '';
  if (u.kind === 'four-byte' || u.kind === 'multi-byte') {
    const table = u.table ?? calledTable;
    const column = u.column ? `column ${table ? `${table}.` : ''}${u.column}` : 'the column';
    if (u.kind === 'multi-byte') {
      return {
        cause: `MySQL refuses the values ${service} writes to ${column} when they hold characters its character set has no place for (a sample refused from '${u.value}' on, well-formed UTF-8, error 1366: "${quote}"): the column (or the connection) is in a character set that is not Unicode — latin1 or another single-byte set —, so only the inputs that carry such characters fail and the same writes succeed for the rest.${from}`,
        fix: `Convert ${column} to utf8mb4 (ALTER TABLE ${table ?? `<the table holding ${u.column ?? 'it'}>`} CONVERT TO CHARACTER SET utf8mb4, after checking that the bytes already stored are what the old character set says they are) and make the connection utf8mb4 too (the client's encoding/charset setting); until then answer such input with a 4xx that says why rather than a 500.`,
      };
    }
    return {
      cause: `MySQL refuses the values ${service} writes to ${column} when they hold a 4-byte UTF-8 character — an emoji or another character outside the Basic Multilingual Plane (a sample refused from '${u.value}' on, error 1366: "${quote}"): the column's character set is MySQL's 3-byte utf8 (utf8mb3) — or one narrower still —, which cannot store them, so only the inputs that carry one fail and the same writes succeed for the rest.${from}`,
      fix: `Convert ${column} to utf8mb4 (ALTER TABLE ${table ?? `<the table holding ${u.column ?? 'it'}>`} CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci, or utf8mb4_unicode_ci before MySQL 8.0; mind the index length of VARCHAR keys) and make the connection utf8mb4 as well (the client's encoding/charset setting and character_set_server), since a utf8 connection cannot carry them either; until then answer such input with a 4xx that says why rather than a 500, and do not strip the characters silently.`,
    };
  }
  if (u.kind === 'not-in-encoding') {
    return {
      cause: `PostgreSQL cannot convert characters of the text ${service} writes or reads into the ${u.encoding} encoding, which has no equivalent for them (the UTF-8 bytes ${u.bytes}: "${quote}"): the database's encoding, or the connection's client_encoding, is ${u.encoding}, not Unicode, so only the inputs that carry such characters fail and the same statements succeed for the rest.${from}`,
      fix: `Keep the text in Unicode end to end: if the connection's client_encoding is ${u.encoding}, set it to UTF8 (the driver's or the role's setting); if the database itself is ${u.encoding}, move the data to a database created with ENCODING 'UTF8' (a dump and restore: a database's encoding cannot be changed in place); until then answer such input with a 4xx that says why rather than a 500.`,
    };
  }
  return {
    cause: `PostgreSQL refuses the values ${service} writes when they hold a NUL character (U+0000, "\\u0000" in JSON), which no PostgreSQL text type (text, varchar, jsonb) can store whatever the database's encoding ("${quote}"): only the inputs that carry one fail, and the same writes succeed for the rest.${from}`,
    fix: `Strip or replace U+0000 in text before it is stored — at the boundary where ${source ? `the input of ${source}` : 'that input'} enters ${service}, for every string field (a payload's nested ones too) —, or keep the raw payload as bytea; tell the sender its payload carries NUL characters. PostgreSQL will not store them in text under any setting, so no database change fixes it.`,
  };
}
