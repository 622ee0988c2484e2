// The message of a structured log body (src/core/fingerprint/log-body.ts), as loggers of other
// runtimes name its fields.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { messageOfBody } from '../../../src/core/fingerprint/log-body.js';

describe('the message of a structured log body', () => {
  it(".NET's JSON console logger: `Message`, whatever the case of its keys", () => {
    // dotnet/dotnet-monitor#198: ASP.NET Core's JSON console logger (AddJsonConsole), one record per line.
    const record = { Timestamp: '2021-04-26T12:51:31.6800349Z', EventId: 0, LogLevel: 'Information', Category: 'Microsoft.Hosting.Lifetime', Message: 'Content root path: D:\\src\\dotnet\\dotnet-monitor\\artifacts\\bin\\dotnet-monitor\\Debug\\netcoreapp3.1\\', State: { Message: 'Content root path: D:\\src\\dotnet\\dotnet-monitor\\artifacts\\bin\\dotnet-monitor\\Debug\\netcoreapp3.1\\', contentRoot: 'D:\\src\\dotnet\\dotnet-monitor\\artifacts\\bin\\dotnet-monitor\\Debug\\netcoreapp3.1\\', '{OriginalFormat}': 'Content root path: {contentRoot}' }, Scopes: [] };
    expect(messageOfBody(JSON.stringify(record))).toEqual({ text: record.Message, format: 'json' });
    // Two records of one statement are one signature; the record's other fields (its time, its
    // state) are not words of its template.
    const fp = createFingerprinter();
    const failed = (n: number) => JSON.stringify({ Timestamp: `2021-04-26T12:51:4${n}.7297727Z`, EventId: 1, LogLevel: 'Error', Category: 'Shop.Orders', Message: `Order ${1000 + n} not found`, State: { Message: `Order ${1000 + n} not found`, id: `${1000 + n}`, '{OriginalFormat}': 'Order {id} not found' } });
    const a = fp.fingerprint({ source: 'log', service: 'shop', body: failed(1), severityText: 'Error' });
    expect(fp.fingerprint({ source: 'log', service: 'shop', body: failed(2), severityText: 'Error' }).fingerprint).toBe(a.fingerprint);
    expect(a.explain.join('\n')).toContain('template: "Order <int> not found"');
  });

  it("Serilog's compact JSON (CLEF): the message template `@mt`, or the rendered `@m`", () => {
    expect(messageOfBody('{"@t":"2024-05-01T10:00:00.000Z","@mt":"Order {OrderId} not found","@l":"Error","OrderId":42}')).toEqual({ text: 'Order {OrderId} not found', format: 'json' });
    expect(messageOfBody('{"@t":"2024-05-01T10:00:00.000Z","@m":"Order 42 not found","@l":"Error","OrderId":42}')).toEqual({ text: 'Order 42 not found', format: 'json' });
  });
});
