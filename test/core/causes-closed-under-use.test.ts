// A connection the peer closed while this side used it, in Erlang's words as Postgrex and
// DBConnection raise them (core/causes/signals.ts CLOSED_UNDER_USE): worded as a dependency
// dropping connections, not refusing them, though the exception's type says `ConnectionError`.
// Messages as pasted in stride-nyc/remote_retro#432 (`ssl recv: closed`), UrbanCCD-UChicago/
// plenario2#396 (`tcp recv: closed`), elixir-ecto/postgrex#597 (`recv (idle)`) and
// elixir-ecto/ecto#3224 (the pool's own close, a near miss).
import { describe, expect, it } from 'vitest';
import { diagnoseFromEvidence } from '../../src/core/causes/diagnose.js';
import type { Evidence } from '../../src/core/model.js';
import { sampleSignature } from '../helpers/fake-llm/samples.js';

const T = Date.parse('2026-03-01T10:00:00Z');
const diagnose = (type: string, message: string) => {
  const evidence: Evidence = {
    signatureId: 'abc', service: 'api', type, message, count: 60, firstSeenMs: T, lastSeenMs: T + 600_000,
    trend: { kind: 'steady', detail: 'about 6/min' }, concentrations: [], coOccurring: [], exceptionChain: [], logs: [], metrics: [], notes: [], lacking: [],
  };
  return diagnoseFromEvidence(sampleSignature({ service: 'api', type, message }), evidence);
};

describe('a connection closed under use, in Erlang\'s words', () => {
  it.each([
    ['DBConnection.ConnectionError', 'ssl recv: closed'],
    ['DBConnection.ConnectionError', 'tcp recv: closed'],
    ['DBConnection.ConnectionError', 'tcp send: closed'],
    ['Elixir.DBConnection.ConnectionError', 'tcp recv: closed'],
  ])('%s: %s is a dependency dropping connections', (type, message) => {
    const d = diagnose(type, message);
    expect(d.causeKind).toBe('dependency-down');
    expect(d.rootCause).toMatch(/is dropping connections \(it closed a connection this side was reading from or writing to\)/);
    expect(d.rootCause).not.toMatch(/not accepting connections/);
  });

  it('closed while idle in the pool names the idle timeout', () => {
    const d = diagnose('DBConnection.ConnectionError', 'tcp recv (idle): closed');
    expect(d.causeKind).toBe('dependency-down');
    expect(d.rootCause).toMatch(/is dropping idle connections \(.*idle timeout/);
  });

  it('near misses keep their own words: the pool closing it, a refused connect, a receive timing out', () => {
    expect(diagnose('DBConnection.ConnectionError', 'tcp recv: closed (the connection was closed by the pool, possibly due to a timeout or because the pool has been terminated)').rootCause).toMatch(/is timing out/);
    expect(diagnose('DBConnection.ConnectionError', 'tcp connect (db.internal:5432): connection refused - :econnrefused').rootCause).toMatch(/is refusing connections/);
    expect(diagnose('DBConnection.ConnectionError', 'ssl recv: timeout').rootCause).toMatch(/is timing out/);
    expect(diagnose('DBConnection.ConnectionError', 'connection not available and request was dropped from queue after 2000ms').rootCause).not.toMatch(/dropping (idle )?connections \(/);
  });
});
