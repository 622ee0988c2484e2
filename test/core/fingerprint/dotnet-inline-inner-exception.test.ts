// ToString() prints an inner exception on the header's own line when the outer message is one
// line (`Outer.Type: message ---> Inner.Type: inner message`, stacktrace/dotnet.ts), and a log
// or an issue that keeps only that first line keeps no frame and no other marker. Such a line
// read as an unknown format: the outer exception's stock message (`An error occurred while
// updating the entries. See the inner exception for details.`) was all that named the failure,
// so every one-line DbUpdateException of a service was one signature. Real rows, pasted in
// public issue threads (sources in the fixtures' `source` fields).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces, type ThreadTrace } from './thread-traces.js';

const row = (collection: string, group: string): ThreadTrace => {
  const r = loadThreadTraces(collection, 'dotnet').find((x) => x.group === group);
  if (!r) throw new Error(`no row ${group} in ${collection}`);
  return r;
};
const fp = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });

// ConfigMgrClientHealth#14: Clients.LastLoggedOnUser on UPDATE; IdentityServer4.EntityFramework#6:
// PersistedGrants.SubjectId on INSERT — two programs, two statements, one stock outer message.
const clientHealth = () => row('threads-13', 'dotnet:t13:clienthealth-lastloggedonuser-null');
const identityServer = () => row('threads-12', 'dotnet:t12:is4-persistedgrants-subjectid-null');

describe('a .NET exception chain printed on one line', () => {
  it("reads the inner SqlException of ConfigMgrClientHealth's one-line DbUpdateException", () => {
    const x = fp(clientHealth());
    expect(x.explain.join('\n')).toContain('DbUpdateException ← System.Data.SqlClient.SqlException');
    expect(x.message).toContain("table 'ClientHealth.dbo.Clients'");
  });

  it("keeps ConfigMgrClientHealth's and IdentityServer4's NULL-column failures apart", () => {
    expect(fp(clientHealth()).fingerprint).not.toBe(fp(identityServer()).fingerprint);
  });

  it('near miss: the same line pasted twice is one signature', () => {
    const f = createFingerprinter();
    const r = clientHealth();
    const a = f.fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
    const b = f.fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: `Unhandled exception. ${r.stacktrace}` });
    expect(b.fingerprint).toBe(a.fingerprint);
  });

  it('near miss: the inner exception on its own line (swissgeol #2485) is read as before', () => {
    const x = fp(row('threads-13', 'dotnet:t13:swissgeol-section-pk-sequence'));
    expect(x.explain.join('\n')).toContain('DbUpdateException ← Npgsql.PostgresException');
  });

  it('near miss: an arrow in a log line without exception types is not a .NET chain', () => {
    const x = fp({ type: 'Error', message: 'step failed', stacktrace: 'deploy: build ---> publish: step failed' });
    expect(x.explain.join('\n')).not.toContain('dotnet format');
  });
});
