// ASP.NET's (System.Web) error page, the Yellow Screen, copied as text is read as the exception
// chain it shows (yellow-screen.ts). Found in threads-17 (issue-thread-traces-17.test.ts): two
// pages of Everest (nabinked/everest-test#35 and #96), a NullReferenceException in a report page
// and an NpgsqlException for a missing view, were one signature, both known by the page's first
// line `Server Error in '/' Application.`.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { looksLikeYellowScreen, yellowScreenAsToString } from '../../../src/core/fingerprint/yellow-screen.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const dotnet = loadThreadTraces('threads-17', 'dotnet');
const row = (url: string) => dotnet.find((r) => r.source === url)!;
const reportPage = row('https://github.com/nabinked/everest-test/issues/35');
const assetView = row('https://github.com/nabinked/everest-test/issues/96');
const displayMonkey = row('https://github.com/fuel9/DisplayMonkey/issues/141');
const n2cms = row('https://github.com/n2cms/n2cms/issues/417');

describe('ASP.NET Yellow Screen text', () => {
  it('real: two Everest pages with two failures are two signatures (everest-test#35, #96)', () => {
    const [a, b] = signaturesInOrder([reportPage, assetView]);
    expect(a).not.toBe(b);
  });

  it('reads the qualified type from Exception Details and the crash site from the frames', () => {
    const fp = createFingerprinter();
    const r = fp.fingerprint({ source: 'span', service: 'app', message: reportPage.message });
    expect(r.type).toBe('System.NullReferenceException');
    expect(r.culprit).toBe('Everest.Net.Web.Reports.ReportMaster.Page_Load');
    const m = fp.fingerprint({ source: 'log', service: 'app', body: displayMonkey.message });
    expect(m.culprit).toBe('DisplayMonkey.DataAccess.get_ConnectionString');
  });

  it('real: a page quoted with `> ` and a frame with its source file (n2cms#417)', () => {
    const t = parseStacktrace(yellowScreenAsToString(n2cms.message!));
    expect(t.runtime).toBe('dotnet');
    expect(t.exceptions[0].frames[0]).toMatchObject({ module: 'Dinamico.Controllers.ContentPagesController', function: 'Index' });
  });

  it('real: a page from its message line on, SqlClient frames with large IL offsets (ZeroK-RTS/Zero-K-Infrastructure#1144)', () => {
    // The issue body as filed (2016), from the page's message line to where the stored copy ends.
    const page = [
      "Invalid column name 'SpringieLevel'.",
      'Description: An unhandled exception occurred during the execution of the current web request. Please review the stack trace for more information about the error and where it originated in the code.',
      '',
      "Exception Details: System.Data.SqlClient.SqlException: Invalid column name 'SpringieLevel'.",
      '',
      'Source Error:',
      '',
      'An unhandled exception was generated during the execution of the current web request. Information regarding the origin and location of the exception can be identified using the exception stack trace below.',
      '',
      'Stack Trace:',
      '',
      "[SqlException (0x80131904): Invalid column name 'SpringieLevel'.]",
      '   System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction) +2434922',
      '   System.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction) +5736592',
      '   System.Data.SqlClient.TdsParser.ThrowExceptionAndWarning(TdsParserStateObject stateObj, Boolean callerHasConnectionLock, Boolean asyncClose) +285',
      '   System.Data.SqlClient.TdsParser.TryRun(RunBehavior runBehavior, SqlCommand cmdHandler, SqlDataReader dataStream, BulkCopySimpleResultSet bulkCopyHandler, TdsParserStateObject stateObj, Boolean& dataReady) +3731',
      '   System.Data.SqlClient.SqlDataReader.TryConsumeMetaData() +5',
    ].join('\n');
    expect(looksLikeYellowScreen(page)).toBe(true);
    const t = parseStacktrace(yellowScreenAsToString(page));
    expect(t.exceptions[0].type).toBe('System.Data.SqlClient.SqlException');
    expect(t.exceptions[0].message).toBe("Invalid column name 'SpringieLevel'.");
    expect(t.exceptions[0].frames).toHaveLength(5);
    expect(t.exceptions[0].frames[0]).toMatchObject({ module: 'System.Data.SqlClient.SqlConnection', function: 'OnError' });
  });

  it('near misses: text with `Stack Trace:` but no page block is no page', () => {
    expect(looksLikeYellowScreen('Stack Trace:\n   at Ns.T.M() in C:\\src\\T.cs:line 3')).toBe(false);
    expect(looksLikeYellowScreen('Server Error in \'/\' Application.\nObject reference not set to an instance of an object.')).toBe(false);
    const plain = 'Stack Trace: [none]';
    expect(yellowScreenAsToString(plain)).toBe(plain);
  });
});
