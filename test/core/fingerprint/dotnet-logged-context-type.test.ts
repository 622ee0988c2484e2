// The DbContext type EF Core's own error record names contributes where no frame of the
// application's does (src/core/fingerprint/dotnet-logged-context-type.ts). Found in threads-47
// (issue-thread-traces-47.test.ts): Kavita's DataContext and Ombi's OmbiSqliteContext failing
// their saves on SQLite's `database is locked` printed the same EF Core frames and were one
// signature (Kareadita/Kavita#2985, Ombi-app/Ombi#5173).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loggedContextType } from '../../../src/core/fingerprint/dotnet-logged-context-type.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-47', 'dotnet');
const row = (suffix: string) => rows.find((r) => r.source.endsWith(suffix))!.stacktrace!;
const fingerprintOf = (stacktrace: string, message?: string) => createFingerprinter().fingerprint({ source: 'log', service: 'media', stacktrace, message });

const LOCKED = [
  'Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.',
  " ---> Microsoft.Data.Sqlite.SqliteException (0x80004005): SQLite Error 5: 'database is locked'.",
  '   at Microsoft.Data.Sqlite.SqliteDataRecord.Dispose()',
  '   at Microsoft.Data.Sqlite.SqliteDataReader.NextResult()',
  '   at Microsoft.EntityFrameworkCore.Update.AffectedCountModificationCommandBatch.ConsumeAsync(RelationalDataReader reader, CancellationToken cancellationToken)',
  '   --- End of inner exception stack trace ---',
  '   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)',
].join('\n');
const saving = (context: string) => `fail: Microsoft.EntityFrameworkCore.Update[10000]\n      An exception occurred in the database while saving changes for context type '${context}'.\n${LOCKED}`;

describe('the DbContext EF Core\'s record names', () => {
  it('real: Kavita\'s and Ombi\'s saves on a locked database are two signatures (Kareadita/Kavita#2985, Ombi-app/Ombi#5173)', () => {
    const kavita = fingerprintOf(row('Kavita/issues/2985'));
    const ombi = fingerprintOf(row('Ombi/issues/5173'));
    expect(kavita.fingerprint).not.toBe(ombi.fingerprint);
    expect(ombi.explain.join('\n')).toContain('context type: Ombi.Store.Context.Sqlite.OmbiSqliteContext');
  });

  it('reads both records\' wordings, from the message or from the lines before the first frame', () => {
    expect(loggedContextType(undefined, saving('Shop.Data.OrdersContext'))).toBe('Shop.Data.OrdersContext');
    expect(loggedContextType("An exception occurred while iterating over the results of a query for context type 'Shop.Data.CatalogContext'.", LOCKED)).toBe('Shop.Data.CatalogContext');
    expect(loggedContextType("An exception occurred in the database while iterating the results of a query for context type 'Shop.Data.CatalogContext'.")).toBe('Shop.Data.CatalogContext');
  });

  it('one context\'s record twice is one signature; two contexts of one service are two', () => {
    const orders = fingerprintOf(saving('Shop.Data.OrdersContext'));
    expect(orders.fingerprint).toBe(fingerprintOf(saving('Shop.Data.OrdersContext')).fingerprint);
    expect(orders.fingerprint).not.toBe(fingerprintOf(saving('Shop.Data.AuditContext')).fingerprint);
  });

  it('near misses: a context named after the first frame, in another sentence, or beside an application frame does not contribute', () => {
    expect(loggedContextType(`${LOCKED}\nAn exception occurred in the database while saving changes for context type 'Shop.Data.OrdersContext'.`)).toBeUndefined();
    expect(loggedContextType("Entity Framework Core 8.0.1 initialized 'OrdersContext' using provider 'Microsoft.EntityFrameworkCore.Sqlite'")).toBeUndefined();
    expect(loggedContextType("Saving changes for context type 'Shop.Data.OrdersContext' took 2ms")).toBeUndefined();
    const withApp = (context: string) => `${saving(context)}\n   at Shop.Orders.Checkout.SaveAsync() in /src/Shop/Orders/Checkout.cs:line 88`;
    // With the application's frame below, its crash site says which failure, whatever the record names.
    expect(fingerprintOf(withApp('Shop.Data.OrdersContext')).fingerprint).toBe(fingerprintOf(withApp('Shop.Data.OrdersContextV2')).fingerprint);
  });

  it('near misses: the same EF Core frames without any record naming a context stay one signature', () => {
    expect(fingerprintOf(LOCKED).fingerprint).toBe(fingerprintOf(`[12:00:01] [ERR] Error saving\n${LOCKED}`).fingerprint);
  });
});
