// A .NET service failing through the libraries and runtime calls a real one makes
// (test/fixtures/fingerprint/programs/dotnet-libraries/Service.cs, Debian's Mono 6.8 with
// Mono.Data.Sqlite over SQLite 3.40): a UNIQUE, a NOT NULL and a FOREIGN KEY violation of one
// INSERT; LINQ's First() over two queries of one method that find no row, and SingleOrDefault()
// over a third that finds two; HttpClient's refused connection, a 404 turned into an exception by
// EnsureSuccessStatusCode, and its timeout, from one call; an import row's int.Parse,
// DateTime.Parse and two dictionary lookups. 13 failures, each met by three requests with other
// data. The service's one error handler records every exception in three forms: as the
// OpenTelemetry .NET SDK's exception event (exception.type the full type name, exception.message,
// exception.stacktrace = Exception.ToString()) on a server span named by its route, as
// Microsoft.Extensions.Logging's simple console formatter prints it and as Serilog's default
// console template does (both layouts written by the program: neither logger is on Debian's
// Mono). `failure` names the statement that failed and why, read from the program.
//
// What Mono prints, and where .NET (Core) words it otherwise (Mono's wording recorded here;
// .NET's not checked this session):
//   - Mono.Data.Sqlite's SqliteException: `Abort due to constraint violation` (SQLite's stock
//     text for the error code) on the message's first line, SQLite's own reason on the second
//     (`UNIQUE constraint failed: users.email`). (Microsoft.Data.Sqlite, not on Debian, was not
//     checked.)
//   - KeyNotFoundException names the key (`The given key 'MUC' was not present in the
//     dictionary.`): Mono 6.8 has .NET Core's Dictionary.
//   - HttpClient's timeout is a TaskCanceledException `The operation was canceled.` around the
//     socket's IOException; .NET 5 and later say the HttpClient.Timeout elapsed.
//   - DateTime.Parse of `tomorrow` raises a FormatException whose message is the resource key
//     `Format_UnknownDateTimeWord`: Mono lacks that resource's text.
//
// rounds-fp/14 made 8 signatures of the 13 failures in every form:
//   - the INSERT's three violations were one: the .NET parser read the header's line of the
//     message only, and it is SQLite's stock text for the result code, the same for every
//     constraint. A message's lines up to the first frame are read now, and a first line that is
//     only an error code's stock text is mined with the reason after it (stock-text.ts), as PHP's
//     PDO and Python's sqlite3 print the reason on one line;
// int.Parse and DateTime.Parse in one method were one: FormatException is specific, so its
// message is ignored, and the runtime's parser called from the crash site does not contribute
// (.NET's JIT may inline it away from the trace: own-exception-types.test.ts); its message would
// not do either (one DateTime.Parse words its reason by the input, and Mono prints a resource key
// for one of them). Since bugs-22 the runtime's method at the top of the trace, the one holding
// the throw, contributes (dotnet-runtime-raiser.ts): the two are apart (11 signatures now).
// Left as they are:
//   - First() over two queries of one method, and the two dictionaries of one method, are one
//     each: one type, one message (the key is data), one crash site; only the line tells them
//     apart, and a line never contributes (it moves with every edit above it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FingerprintInput, FingerprintResult } from '../../../src/core/fingerprint/index.js';
import { fingerprintLabelled, mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; span: string; type: string; message: string; stacktrace: string; mel: string; serilog: string }
// The file's first lines are comments saying how it was recorded.
const rows = readFileSync(new URL('../../fixtures/fingerprint/dotnet-libraries.ndjson', import.meta.url), 'utf8').trim().split('\n').filter((l) => !l.startsWith('//')).map((l) => JSON.parse(l) as Row);

type Form = 'exception' | 'mel' | 'serilog';
// Left as they are: one type, one message and one crash site, told apart by the line alone.
const SAME_PLACE = [['summary no customer', 'summary customer without invoices'], ['import unknown warehouse', 'import unknown carrier']];
const MERGED = SAME_PLACE;
const FORMS: { form: Form; name: string; merged: string[][] }[] = [
  { form: 'exception', name: "the OpenTelemetry .NET SDK's exception event", merged: MERGED },
  { form: 'mel', name: "Microsoft.Extensions.Logging's console line", merged: MERGED },
  { form: 'serilog', name: "Serilog's console line", merged: MERGED },
];

/** Each form fingerprinted by a fingerprinter of its own, a log's mined aliases followed. */
function fingerprinted(form: Form): (Row & { result: FingerprintResult })[] {
  const SERVER = 2;
  return fingerprintLabelled(rows, (r): FingerprintInput => {
    if (form === 'exception') return { source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, spanName: r.span, spanKind: SERVER, runtime: 'dotnet' };
    return { source: 'log', service: 'shop', body: r[form], severityText: 'ERROR' };
  });
}

const sorted = (groups: string[][]) => groups.map((g) => [...g].sort()).sort((a, b) => a[0].localeCompare(b[0]));

describe('a .NET service failing through SQLite, LINQ, HttpClient and parsing', () => {
  it('is what the program says: 13 failures, each met three times, several in one method', () => {
    const failures = new Set(rows.map((r) => r.failure));
    expect(failures.size).toBe(13);
    for (const f of failures) expect(rows.filter((r) => r.failure === f).length, f).toBe(3);
    const sites = new Map<string, Set<string>>();
    for (const r of fingerprinted('exception')) sites.set(r.result.culprit ?? '', (sites.get(r.result.culprit ?? '') ?? new Set()).add(r.failure));
    expect(sites.get('Shop.Api.UserRepository.Register (dotnet-libraries/Service.cs)')?.size).toBe(3);
    expect(sites.get('Shop.Api.InvoiceRepository.Load (dotnet-libraries/Service.cs)')?.size).toBe(3);
    expect(sites.get('Shop.Api.RatesClient.RateAsync (dotnet-libraries/Service.cs)')?.size).toBe(3);
    expect(sites.get('Shop.Api.StockImport.Row (dotnet-libraries/Service.cs)')?.size).toBe(4);
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['Mono.Data.Sqlite.SqliteException', 'System.InvalidOperationException', 'System.Net.Http.HttpRequestException', 'System.Threading.Tasks.TaskCanceledException', 'System.FormatException', 'System.Collections.Generic.KeyNotFoundException']));
    // What the SDK records: Exception.ToString(), inner exceptions and their end marker included.
    const refused = rows.find((r) => r.failure === 'rates refused')!;
    expect(refused.stacktrace).toContain('HttpRequestException: Connection refused ---> System.Net.Sockets.SocketException: Connection refused');
    expect(refused.stacktrace).toContain('   --- End of inner exception stack trace ---');
  });

  for (const { form, name, merged } of FORMS) {
    describe(`read as ${name}`, () => {
      const results = fingerprinted(form);

      it('makes one signature of each failure, whatever its data', () => {
        expect(splitFailures(results)).toEqual([]);
      });

      it(`makes one signature of two failures only where ${merged.length} known merges are`, () => {
        expect(sorted(mergedFailures(results))).toEqual(sorted(merged));
      });
    });
  }

  it("tells HttpClient's refused connection, 404 and timeout from one call apart", () => {
    const results = fingerprinted('exception');
    const shown = (failure: string) => results.find((r) => r.failure === failure)!.result;
    expect(shown('rates unknown currency').explain.join('\n')).toContain('response status: 404 — contributes');
    expect(shown('rates refused').type).toBe('System.Net.Http.HttpRequestException');
    expect(shown('rates timeout').type).toBe('System.Threading.Tasks.TaskCanceledException');
    expect(shown('summary invoice imported twice').message).toBe('Sequence contains more than one element');
  });

  it("reads SQLite's reason after the stock text of its result code, in every form", () => {
    for (const form of ['exception', 'mel', 'serilog'] as const) {
      const results = fingerprinted(form);
      const shown = (failure: string) => results.find((r) => r.failure === failure)!.result;
      expect(shown('register no name').message, form).toBe('Abort due to constraint violation: NOT NULL constraint failed: users.name');
      expect(shown('register unknown org').message, form).toBe('Abort due to constraint violation: FOREIGN KEY constraint failed');
    }
  });
});

describe('a message whose first line is only a stock text', () => {
  it('is read with the line after it; any other first line alone', async () => {
    const { messageLine } = await import('../../../src/core/fingerprint/stock-text.js');
    expect(messageLine('constraint failed\r\nUNIQUE constraint failed: users.email\nmore')).toBe('constraint failed: UNIQUE constraint failed: users.email');
    expect(messageLine('Abort due to constraint violation')).toBe('Abort due to constraint violation');
    expect(messageLine('order o-17 is not paid\nsee the ledger')).toBe('order o-17 is not paid');
  });
});
