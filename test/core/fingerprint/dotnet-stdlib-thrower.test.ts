// A generic exception raised inside the runtime's own code, every frame above the crash site the
// standard library's: the library function the crash site called names the failure, and its
// message describes the input (src/core/fingerprint/exception.ts, thrower). Rows from a real run
// of test/fixtures/fingerprint/programs/dotnet-bugs-9 (Mono 6.8): `new Regex(pattern)` of a
// configured pattern .NET does not parse throws ArgumentException `parsing "<pattern>" -
// <reason>` from RegexParser's methods, several frames below Regex..ctor.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

interface Row { failure: string; build: string; type: string; message: string; stacktrace: string }
const load = (name: string) => readFileSync(new URL(`../../fixtures/fingerprint/${name}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const prints = (rows: Row[], failure: string) => {
  const fp = createFingerprinter();
  return new Set(rows.filter((r) => r.failure === failure).map((r) => fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'dotnet' }).fingerprint));
};

describe('a generic exception the standard library raised several frames below the call', () => {
  const rows = load('dotnet-bugs-9');

  it('is one signature per calling statement, whatever the input it describes', () => {
    const routes = prints(rows, 'RouteTable.Load pattern not a regex');
    const redactions = prints(rows, 'Redactor.Load pattern not a regex');
    expect(routes.size).toBe(1);
    expect(redactions.size).toBe(1);
    expect([...routes][0]).not.toBe([...redactions][0]);
  });

  it('near miss: a type raised for every reason its operation fails keeps its message (FormatException of two Base-64 decoders stays per decoder)', () => {
    const a = prints(rows, 'Attachments.Decode body not base64');
    const b = prints(rows, 'Sessions.UserId cookie not base64');
    expect(a.size).toBe(1);
    expect(b.size).toBe(1);
    expect([...a][0]).not.toBe([...b][0]);
  });
});
