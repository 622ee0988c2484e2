// A logger's tagged record line over the exception it logs is not the exception's header
// (dotnet-logger-category-line.ts). Found in threads-37 (issue-thread-traces-37.test.ts):
// Jellyfin's StreamBuilder.BuildVideoItem null dereference behind journald's prefix
// (jellyfin/jellyfin#9442, `[20:23:41] [ERR] [26] Emby.Dlna….ContentDirectoryService: Error
// processing control request` over the exception) and quoted from the file log with a full date
// (jellyfin/jellyfin-plugin-dlna#9) was two signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-37', 'dotnet');
const row = (url: string) => rows.find((r) => r.source === url)!;
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const frames = '\n   at Shop.Orders.Load(Int32 id) in /src/Orders.cs:line 12\n   at Shop.Api.Get() in /src/Api.cs:line 30';

describe("a logger's tagged record line over the exception", () => {
  it('real: BuildVideoItem behind journald and in a quoted file log is one signature (jellyfin#9442, jellyfin-plugin-dlna#9)', () => {
    const journald = fp(row('https://github.com/jellyfin/jellyfin/issues/9442').stacktrace!);
    const quoted = fp(row('https://github.com/jellyfin/jellyfin-plugin-dlna/issues/9').stacktrace!);
    expect(journald.type).toBe('System.NullReferenceException');
    expect(journald.fingerprint).toBe(quoted.fingerprint);
  });

  it('the category line is skipped whatever the record\'s tags, and two failures under one category stay apart', () => {
    const a = fp(`[12:00:01] [ERR] [7] Shop.Orders.OrderService: Error loading order\nSystem.InvalidOperationException: Sequence contains no elements${frames}`);
    const b = fp(`[12:00:09] [ERR] [31] Shop.Orders.OrderService: Error loading order\nSystem.InvalidOperationException: Sequence contains no elements${frames}`);
    const other = fp(`[12:00:01] [ERR] [7] Shop.Orders.OrderService: Error loading order\nSystem.IO.IOException: Disk full${frames}`);
    expect(a.type).toBe('System.InvalidOperationException');
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(other.fingerprint).not.toBe(a.fingerprint);
  });

  it('near miss: a tagged exception header followed by its frames keeps its place', () => {
    const r = fp(`[v2.0.0.4753] System.Data.SQLite.SQLiteException (0x80004005): database is locked${frames}`);
    expect(r.type).toBe('System.Data.SQLite.SQLiteException');
  });

  it('near miss: a tagged header whose type is an exception\'s keeps its place over a message line that quotes another', () => {
    const r = fp(`[Error] [12] Shop.OrderLoadException: could not load\nSystem.IO.IOException: quoted by the message${frames}`);
    expect(r.type).toBe('Shop.OrderLoadException');
  });

  it('near miss: an untagged namespaced header over an exception-like line keeps its place', () => {
    const r = fp(`Shop.Orders.Failure: could not load\nSystem.IO.IOException: quoted by the message${frames}`);
    expect(r.type).toBe('Shop.Orders.Failure');
  });
});
