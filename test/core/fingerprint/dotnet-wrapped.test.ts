// .NET exceptions that wrap others (rounds-fp/10): how .NET prints an exception carrying an error
// code, how trimmed apps print the end of an inner exception, and the failure an outer type
// hides. Traces as .NET printed them: quoted from public issue threads (each with its source),
// and a real program on Mono (test/fixtures/fingerprint/programs/mono-wrapped, Debian's mono 6.8).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseDotnet } from '../../../src/core/fingerprint/stacktrace/dotnet.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

// https://github.com/dotnet/runtime/issues/111056 (an app built with UseSystemResourceKeys: the
// inner exception's end is printed as its resource key).
const REFUSED_RESOURCE_KEYS = [
  'System.Net.Http.HttpRequestException: Connection refused (prd-services-apim.xcbsystems.com:443)',
  ' ---> System.Net.Sockets.SocketException (111): Connection refused',
  '   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError , CancellationToken )',
  '   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 )',
  '   at System.Net.Sockets.Socket.<ConnectAsync>g__WaitForConnectWithCancellation|285_0(AwaitableSocketAsyncEventArgs , ValueTask , CancellationToken )',
  '   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String , Int32 , HttpRequestMessage , Boolean , CancellationToken )',
  '   Exception_EndOfInnerExceptionStack',
  '   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String , Int32 , HttpRequestMessage , Boolean , CancellationToken )',
  '   at System.Net.Http.HttpConnectionPool.ConnectAsync(HttpRequestMessage , Boolean , CancellationToken )',
  '   at System.Net.Http.HttpConnectionPool.AddHttp2ConnectionAsync(QueueItem )',
].join('\n');

// https://github.com/purifetchi/Toki/issues/32 (Linux: the resolver's failure, coded 0xFFFDFFFF).
const UNRESOLVED = [
  'System.Net.Http.HttpRequestException: Name or service not known (pl.mintyriver.xyz:443)',
  ' ---> System.Net.Sockets.SocketException (0xFFFDFFFF): Name or service not known',
  '   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)',
  '   at System.Net.Sockets.Socket.<ConnectAsync>g__WaitForConnectWithCancellation|285_0(AwaitableSocketAsyncEventArgs saea, ValueTask connectTask, CancellationToken cancellationToken)',
  '   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)',
  '   --- End of inner exception stack trace ---',
  '   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)',
  '   at System.Net.Http.HttpConnectionPool.ConnectAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)',
  '   at System.Net.Http.HttpConnectionPool.CreateHttp11ConnectionAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)',
  '   at System.Net.Http.HttpConnectionPool.AddHttp11ConnectionAsync(QueueItem queueItem)',
].join('\n');

describe('.NET exceptions with an error code, and trimmed apps\' resource keys', () => {
  it('reads the type before its code and the message after it', () => {
    const refused = parseDotnet(REFUSED_RESOURCE_KEYS).exceptions;
    expect(refused.map((e) => [e.type, e.message])).toEqual([
      ['System.Net.Http.HttpRequestException', 'Connection refused (prd-services-apim.xcbsystems.com:443)'],
      ['System.Net.Sockets.SocketException', 'Connection refused'],
    ]);
    const unresolved = parseDotnet(UNRESOLVED).exceptions;
    expect(unresolved.map((e) => e.type)).toEqual(['System.Net.Http.HttpRequestException', 'System.Net.Sockets.SocketException']);
    expect(unresolved[1].message).toBe('Name or service not known');
    // Npgsql's and SqlClient's exceptions print theirs too (https://github.com/swisstopo/swissgeol-boreholes-suite/issues/2485).
    const [, inner] = parseDotnet('Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n ---> Npgsql.PostgresException (0x80004005): 23505: duplicate key value violates unique constraint "PK_section"').exceptions;
    expect([inner.type, inner.message]).toEqual(['Npgsql.PostgresException', '23505: duplicate key value violates unique constraint "PK_section"']);
  });

  it('ends the inner exception at its resource key, as at its sentence', () => {
    const [outer, inner] = parseDotnet(REFUSED_RESOURCE_KEYS).exceptions;
    expect(inner.frames).toHaveLength(4);
    expect(outer.frames.map((f) => f.function)).toEqual(['ConnectToTcpHostAsync', 'ConnectAsync', 'AddHttp2ConnectionAsync']);
  });

  it('keeps a refused connection and an unresolvable host apart, each by its words rather than its code', () => {
    const fp = createFingerprinter();
    const of = (stacktrace: string) => fp.fingerprint({ source: 'span', service: 'api', type: 'System.Net.Http.HttpRequestException', message: stacktrace.split('\n')[0].replace(/^[\w.]+: /, ''), stacktrace });
    const refused = of(REFUSED_RESOURCE_KEYS);
    const unresolved = of(UNRESOLVED);
    expect(refused.fingerprint).not.toBe(unresolved.fingerprint);
    // The code names no failure: macOS says 61 for the refusal Linux calls 111.
    expect(of(REFUSED_RESOURCE_KEYS.replace('(111)', '(61)')).fingerprint).toBe(refused.fingerprint);
  });
});

describe('the failure an outer type wraps', () => {
  // EF Core wraps every error the database reports in one DbUpdateException raised by its own
  // code, the database's exception inside it: two violations from one SaveChanges call are two
  // failures. The header lines are quoted from the threads above (23505) and worded as
  // PostgreSQL words a not-null violation (23502); the frames are EF Core's and Npgsql's as they
  // print them, below one method of the test's own.
  const saveChanges = (inner: string) =>
    [
      'Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.',
      ` ---> Npgsql.PostgresException (0x80004005): ${inner}`,
      '   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)',
      '   at Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)',
      '   at Npgsql.NpgsqlCommand.ExecuteReader(Boolean async, CommandBehavior behavior, CancellationToken cancellationToken)',
      '   --- End of inner exception stack trace ---',
      '   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)',
      '   at Microsoft.EntityFrameworkCore.DbContext.SaveChangesAsync(Boolean acceptAllChangesOnSuccess, CancellationToken cancellationToken)',
      '   at Boreholes.Api.SectionController.CreateAsync(Section section) in /src/api/Controllers/SectionController.cs:line 61',
    ].join('\n');
  const fp = createFingerprinter();
  const of = (inner: string) => fp.fingerprint({ source: 'span', service: 'api', type: 'Microsoft.EntityFrameworkCore.DbUpdateException', message: 'An error occurred while saving the entity changes. See the inner exception for details.', stacktrace: saveChanges(inner) });

  it('tells two violations from one call apart by the wrapped exception\'s message', () => {
    const unique = of('23505: duplicate key value violates unique constraint "PK_section"');
    const notNull = of('23502: null value in column "name" of relation "section" violates not-null constraint');
    expect(unique.fingerprint).not.toBe(notNull.fingerprint);
    expect(unique.culprit).toMatch(/SectionController\.CreateAsync/);
    expect(unique.explain.join('\n')).toMatch(/the Npgsql\.PostgresException it wraps/);
  });

  it('keeps one violation one signature', () => {
    expect(of('23505: duplicate key value violates unique constraint "PK_section"').fingerprint).toBe(of('23505: duplicate key value violates unique constraint "PK_section"').fingerprint);
  });
});

describe('wrapped exceptions from a real program (Mono)', () => {
  interface Row { failure: string; type: string; message: string; stacktrace: string }
  const rows = readFileSync(new URL('../../fixtures/fingerprint/mono-wrapped-errors.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
  const fp = createFingerprinter();
  const results = rows.map((r) => ({ ...r, result: fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace }) }));

  it('makes one signature of each failure and never one of two', () => {
    expect(new Set(rows.map((r) => r.failure)).size).toBe(5);
    expect(splitFailures(results)).toEqual([]);
    expect(mergedFailures(results)).toEqual([]);
  });
});
