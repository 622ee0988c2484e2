// A .NET paste that opens with the previous record's last frames is read from the record's own
// header (src/core/fingerprint/dotnet-previous-record-tail.ts). Found in threads-47
// (issue-thread-traces-47.test.ts): Sonarr's ManualImport NullReferenceException pasted after the
// previous record's middleware frames (Sonarr/Sonarr#6694) and Jellyfin's DbUpdateException after
// the frames its record's message quoted (jellyfin/jellyfin#12357) were read with no type and no
// message, the earlier record's frames taken for their own.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-47', 'dotnet');
const row = (suffix: string) => rows.find((r) => r.source.endsWith(suffix))!.stacktrace!;
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'log', service: 'tv', stacktrace });

const TAIL = [
  '   at Microsoft.AspNetCore.Authorization.AuthorizationMiddleware.Invoke(HttpContext context)',
  '   at Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware.<Invoke>g__Awaited|6_0(ExceptionHandlerMiddleware middleware, HttpContext context, Task task)',
  '',
];
const RECORD = [
  '2024-04-07 16:08:57.4|Fatal|SonarrErrorPipeline|Request Failed. POST /api/v3/manualimport',
  '',
  '[v4.0.3.1413] System.NullReferenceException: Object reference not set to an instance of an object.',
  '   at NzbDrone.Core.MediaFiles.EpisodeImport.Manual.ManualImportService.ReprocessItem(String path) in ./Sonarr.Core/MediaFiles/EpisodeImport/Manual/ManualImportService.cs:line 188',
  '   at Sonarr.Api.V3.ManualImport.ManualImportController.ReprocessItems(List`1 items) in ./Sonarr.Api.V3/ManualImport/ManualImportController.cs:line 42',
];

describe('a .NET paste that opens inside the previous record', () => {
  it('real: Sonarr\'s record after the previous record\'s frames is read with its own type, message and crash site (Sonarr/Sonarr#6694)', () => {
    const [e] = parseStacktrace(row('Sonarr/issues/6694')).exceptions;
    expect(e.type).toBe('System.NullReferenceException');
    expect(e.frames[0].function).toBe('ReprocessItem');
    expect(e.frames.some((f) => f.module?.startsWith('Microsoft.AspNetCore.Authorization'))).toBe(false);
  });

  it('real: Jellyfin\'s DbUpdateException after the frames its message quoted keeps its inner exception (jellyfin/jellyfin#12357)', () => {
    const chain = parseStacktrace(row('jellyfin/issues/12357')).exceptions;
    expect(chain.map((e) => e.type)).toEqual(['Microsoft.EntityFrameworkCore.DbUpdateException', 'Microsoft.Data.Sqlite.SqliteException']);
  });

  it('the record with and without the previous record\'s tail is one signature', () => {
    expect(fingerprintOf([...TAIL, ...RECORD].join('\n')).fingerprint).toBe(fingerprintOf(RECORD.join('\n')).fingerprint);
  });

  it('near misses: a stack with no header after it, an AggregateException\'s inner listing and a header with no frame of its own stay as they were', () => {
    const stackOnly = [...TAIL, '2024-04-07 16:08:58.0|Info|Api|Request finished'].join('\n');
    expect(parseStacktrace(stackOnly).exceptions[0].frames[0].module).toBe('Microsoft.AspNetCore.Authorization.AuthorizationMiddleware');
    const listing = [...TAIL, '---> (Inner Exception #0) System.IO.IOException: disk full', '   at Vendor.Store.Flush()<---'].join('\n');
    expect(parseStacktrace(listing).exceptions[0].frames[0].module).toBe('Microsoft.AspNetCore.Authorization.AuthorizationMiddleware');
    const lone = [...TAIL, 'System.TimeoutException: The operation has timed out.'].join('\n');
    expect(parseStacktrace(lone).exceptions[0].frames[0].module).toBe('Microsoft.AspNetCore.Authorization.AuthorizationMiddleware');
  });

  it('near misses: two records after one tail stay two signatures by their own crash sites', () => {
    const other = RECORD.map((l) => l.replace('ManualImportService.ReprocessItem', 'ManualImportService.Execute'));
    expect(fingerprintOf([...TAIL, ...RECORD].join('\n')).fingerprint).not.toBe(fingerprintOf([...TAIL, ...other].join('\n')).fingerprint);
  });
});
