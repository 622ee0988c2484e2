// Newtonsoft.Json ends its reader's and serializer's messages with the JSON path where a value
// did not fit the declared member (`Input string '2.5' is not a valid integer. Path 'Qty', line
// 1, position 26.`). A real Mono 6.8 service (programs/dotnet-bugs-4, Newtonsoft.Json 6) read
// LineItem.Qty and LineItem.Discount sent as fractions through one decoding helper and one
// caller: one type, one crash site, one signature. The path names the member, code; an array's
// index, the line and the position are where the client's document put it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeNamedByMessage } from '../../../src/core/fingerprint/code-in-message.js';
import { fingerprintLabelled, mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; build: string; type: string; message: string; stacktrace: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/dotnet-bugs-4.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const READER = 'Newtonsoft.Json.JsonReaderException';

describe("Newtonsoft.Json's JSON path", () => {
  it('is one signature per member, whatever value was sent, in every build', () => {
    const mine = rows.filter((r) => r.type === READER);
    expect(new Set(mine.map((r) => r.failure))).toEqual(new Set(['Lines.Parse qty not an integer', 'Lines.Parse discount not an integer', 'Carts.Count line qty not an integer']));
    const results = fingerprintLabelled(mine, (r) => ({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'dotnet' }));
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
  });

  it("names the member's path, not an array's index", () => {
    expect(codeNamedByMessage(READER, "Input string '2.5' is not a valid integer. Path 'Qty', line 1, position 26.")).toBe("JSON path 'Qty'");
    expect(codeNamedByMessage(READER, "Input string '1.5' is not a valid integer. Path 'Lines[0].Qty', line 1, position 22.")).toBe(
      codeNamedByMessage(READER, "Input string '2.5' is not a valid integer. Path 'Lines[2].Qty', line 1, position 46."),
    );
    // As https://github.com/Bluegrams/Vividl/issues/110 reports it.
    expect(codeNamedByMessage(READER, "Input string '609.8823529411765' is not a valid integer. Path 'entries[0].formats[0].width', line 1, position 954.")).toBe(
      "JSON path 'entries[].formats[].width'",
    );
  });

  it('near misses: a message without a path, and the same words from another type, name nothing', () => {
    expect(codeNamedByMessage(READER, 'Unexpected end when reading JSON.')).toBeUndefined();
    expect(codeNamedByMessage('System.InvalidOperationException', "Input string '2.5' is not a valid integer. Path 'Qty', line 1, position 26.")).toBeUndefined();
  });
});
