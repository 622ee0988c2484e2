// A .NET exception header behind a logger's bracketed tags (dotnet-bracketed-tag.ts): the *arr
// programs' `[v2.0.0.4753] System.Data.SQLite.SQLiteException (0x80004005): database is locked`
// reads its type and message, and the same failure under two releases' version tags is one
// signature (Sonarr/Sonarr#1960, Radarr/Radarr#3427; threads-24, issue-thread-traces-24.test.ts);
// brackets that are no logger's tags are read as before.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutBracketedTags } from '../../../src/core/fingerprint/dotnet-bracketed-tag.js';
import { loadThreadTraces } from './thread-traces.js';

const dotnet = loadThreadTraces('threads-24', 'dotnet');
const row = (url: string) => dotnet.find((r) => r.source === url)!;
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

describe("a .NET exception header behind a logger's bracketed tags", () => {
  it('real: the record header before the tagged line is not the type (Sonarr/Sonarr#1960)', () => {
    const r = fp(row('https://github.com/Sonarr/Sonarr/issues/1960').stacktrace!);
    expect(r.type).toBe('System.Data.SQLite.SQLiteException');
    expect(r.message).toContain('database is locked');
  });

  it('real: Lidarr under docker-compose and Radarr name their exceptions (Lidarr/Lidarr#260, Radarr/Radarr#2610)', () => {
    expect(fp(row('https://github.com/Lidarr/Lidarr/issues/260').stacktrace!).type).toBe('System.NullReferenceException');
    expect(fp(row('https://github.com/Radarr/Radarr/issues/2610').stacktrace!).type).toBe('System.ArgumentNullException');
  });

  it('two releases of one failure, each behind its own version tag, are one signature', () => {
    const at = '\n   at Shop.Orders.Load(Int32 id) in /src/Orders.cs:line 12\n   at Shop.Api.Get() in /src/Api.cs:line 30';
    const a = fp(`12:00:01|Error|Orders|Load failed\n\n[v1.2.0.10] System.InvalidOperationException: Sequence contains no elements${at}`);
    const b = fp(`[v1.3.1.2] [Error] System.InvalidOperationException: Sequence contains no elements${at}`);
    expect(a.type).toBe('System.InvalidOperationException');
    expect(a.fingerprint).toBe(b.fingerprint);
  });

  it('near miss: a bracket holding spaces, a bracket before no namespaced header and an unbracketed line are left alone', () => {
    const yellow = '[NullReferenceException: Object reference not set to an instance of an object.]';
    expect(withoutBracketedTags(yellow)).toBe(yellow);
    expect(withoutBracketedTags('[Info] RefreshEpisodeService: Starting episode info refresh')).toBe('[Info] RefreshEpisodeService: Starting episode info refresh');
    expect(withoutBracketedTags('[v2.0.0.1] database is locked')).toBe('[v2.0.0.1] database is locked');
    expect(withoutBracketedTags('System.Exception: [v2] boom')).toBe('System.Exception: [v2] boom');
  });

  it('near miss: two different exceptions behind the same tag stay two signatures', () => {
    const at = '\n   at Shop.Orders.Load(Int32 id) in /src/Orders.cs:line 12';
    expect(fp(`[v1.2.0.10] System.InvalidOperationException: Sequence contains no elements${at}`).fingerprint)
      .not.toBe(fp(`[v1.2.0.10] System.ArgumentNullException: Value cannot be null.${at}`).fingerprint);
  });
});
