// A trace that is only frames (no `Type: message` header) and comes without a type names no type:
// the message is all that says which failure it was, as for a generic type. Before, the empty
// type read as a specific one ("type and crash site already name the failure"), and once
// SiteServer CMS's ASP.NET error pages were read (dotnet-culture-frames.test.ts), its three stale
// pages whose code-behind type an upgrade removed (`未能加载类型“…PageLogin”。`, `…PageCreateAll`,
// `…PageRight`: ASP.NET's page parser frames only) were one signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces } from './thread-traces.js';

const fp = createFingerprinter();
const rows = loadThreadTraces('threads-8', 'dotnet').filter((r) => r.group.startsWith('dotnet:t8:siteserver-stale-aspx'));
const sig = (r: (typeof rows)[number]) => fp.fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe('a headerless trace without a type', () => {
  it('is told apart by its message (SiteServer cms#1141, #1220, #1549, #1356)', () => {
    const by = new Map<string, Set<string>>();
    for (const r of rows) (by.get(r.group) ?? by.set(r.group, new Set()).get(r.group)!).add(sig(r).fingerprint);
    expect([...by.values()].every((s) => s.size === 1)).toBe(true); // PageLogin from two sites is one
    expect(new Set([...by.values()].flatMap((s) => [...s])).size).toBe(3);
  });

  it('keeps a given type deciding as before', () => {
    // Near miss: the same frames with a specific type given: the message still does not contribute.
    const r = rows[0];
    const a = fp.fingerprint({ source: 'span', service: 'app', type: 'System.Web.HttpParseException', message: r.message, stacktrace: r.stacktrace });
    const b = fp.fingerprint({ source: 'span', service: 'app', type: 'System.Web.HttpParseException', message: rows[2].message, stacktrace: rows[2].stacktrace });
    expect(a.fingerprint).toBe(b.fingerprint);
  });
});
