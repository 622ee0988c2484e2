// The DbContext type Entity Framework Core's own error record names. EF Core logs a failed save
// and a failed query from inside its own catch (CoreEventId.SaveChangesFailed, `An exception
// occurred in the database while saving changes for context type '{contextType}'.`, and
// CoreEventId.QueryIterationFailed, `… while iterating over the results of a query for context
// type '{contextType}'.`; EF Core's CoreStrings logging definitions, learn.microsoft.com's
// CoreEventId reference), so the exception it prints was caught before it left EF Core: its
// frames are the provider's and EF Core's alone, the same for every application and every
// context that meets the same database error. Keyed by those frames (exception.ts
// topLibraryFrames), Kavita's DataContext and Ombi's OmbiSqliteContext failing their saves on
// `database is locked` were one signature (Kareadita/Kavita#2289, Ombi-app/Ombi#5173, threads-47).
// The context type the record names is the application's, and says whose database failed; it
// contributes where no frame of the application's does. The same exception rethrown to the
// application's code carries its frames and is keyed by them, as before.

/** EF Core's two records that name the context, in the wordings of its releases (`iterating the results` before 3.0). */
const CONTEXT_RECORD = /An exception occurred (?:in the database )?while (?:saving changes|iterating (?:over )?the results of a query) for context type '([A-Za-z_][\w.+`]{0,200})'/;

/** How much of a text is searched: the record's line comes before the exception it prints. */
const LEAD_CHARS = 4096;

/** The context type EF Core's record names in the message or before the trace's first frame, if any. */
export function loggedContextType(...texts: (string | undefined)[]): string | undefined {
  for (const text of texts) {
    if (!text || !text.includes('for context type')) continue;
    const lead = text.length > LEAD_CHARS ? text.slice(0, LEAD_CHARS) : text;
    const frame = /^[^\n]*?\bat [A-Za-z_][\w.`+<>]*\(/m.exec(lead);
    const m = CONTEXT_RECORD.exec(frame ? lead.slice(0, frame.index) : lead);
    if (m) return m[1];
  }
  return undefined;
}
