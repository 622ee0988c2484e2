// A logger's record line over the exception it logs, its bracketed tags before the logger's
// category and message: Jellyfin's console and file layout writes `[20:23:41] [ERR] [26]
// Emby.Dlna.ContentDirectory.ContentDirectoryService: Error processing control request` and the
// exception's own header (`System.NullReferenceException: Object reference not set…`) on the next
// line (jellyfin/jellyfin#9442, threads-37). Once its tags are taken off (dotnet-bracketed-tag.ts),
// the record line reads as `Type: message` with a namespaced type, and was taken for the header:
// the category was the exception's type and the logger's words its message, so one failure was a
// signature of its own wherever the record's time was short enough to pass for a tag. A tagged
// line whose type is not named as an exception's (`…Exception`, `…Error`), followed before any
// frame by a line that is an exception's header as it stands, is the logger's: the header is the
// later line. A tagged line followed by frames (the *arr programs' `[v2.0.0.4753]
// System.Data.SQLite.SQLiteException (0x80004005): …`) or whose type is an exception's keeps its
// place.
const EXCEPTION_NAMED = /(?:Exception|Error)$/;

/** Whether a header candidate is a logger's record line: tagged, of a type no exception's name ends like. */
export function isTaggedCategoryLine(raw: string, untagged: string, type: string): boolean {
  return raw.startsWith('[') && untagged !== raw && !EXCEPTION_NAMED.test(type);
}

/** Whether a line, as it stands, is an exception's header (`Ns.SomethingException: …`). */
export function isPlainExceptionHeader(type: string | undefined, untagged: string, raw: string): boolean {
  return type !== undefined && untagged === raw && EXCEPTION_NAMED.test(type);
}
