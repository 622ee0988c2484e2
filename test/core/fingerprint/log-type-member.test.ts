// A log line that names a type's member, `Type.member` — a capitalised name, then lower-case ones
// (Go's encoding/json quoting the struct field a value did not fit, `Order.qty`; HDFS's
// `NameSystem.addStoredBlock`) — names code, and two of them, or one and a word where it stands,
// are two statements (template-tokens.ts TYPE_MEMBER). A real Go service (programs/go-bugs-3 with
// `slog`: its errors written by log/slog's TextHandler, `err="json: cannot unmarshal number 2.5
// into Go struct field Order.qty of type int"`) had Order.qty and Reading.rhum, two structs of two
// handlers, in one signature: the dotted name was read as a value, as a host's is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { differentWords } from '../../../src/core/fingerprint/template-tokens.js';
import { fingerprintLabelled, mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure?: string; group?: string; body: string }
const load = (path: string): Row[] => readFileSync(new URL(`../../fixtures/fingerprint/${path}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe("a log line's Type.member", () => {
  it("keeps two struct fields encoding/json names apart, whatever number was sent, in three builds", () => {
    const rows = load('go-bugs-3-logged.ndjson').filter((r) => r.body.includes('Go struct field')) as (Row & { failure: string })[];
    expect(new Set(rows.map((r) => r.failure))).toEqual(new Set(['createOrder qty not an integer', 'createOrder price quoted', 'postReading rhum not an integer']));
    const results = fingerprintLabelled(rows, (r) => ({ source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'go' }));
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
  });

  it('leaves lower-case dotted names values, and a product name a word apart from another word', () => {
    // Near misses from the issue-thread logs: Synapse's federation requests to other servers
    // (`matrix.org`, `envs.net`: hosts) stay one signature; Node-RED's start-up banner lines
    // `Node-RED version:` and `Node.js  version:` stay two.
    const threads = load('corpus/issue-thread-logs.ndjson');
    const fp = createFingerprinter();
    const synapse = threads.filter((r) => r.group === 'logs:rw:synapse-access-processed-request').map((r) => fp.fingerprint({ source: 'log', service: 'synapse', body: r.body, severityText: 'INFO' }).fingerprint);
    expect(synapse.length).toBeGreaterThan(1);
    expect(new Set(synapse).size).toBe(1);
    expect(differentWords('Node.js', 'Node-RED')).toBe(true);
    expect(differentWords('Order.qty', 'Reading.rhum')).toBe(true);
    expect(differentWords('matrix.org', 'envs.net')).toBe(false);
    // A data file's name is the data's (Jellyfin's library scan in the issue-thread logs names
    // its media files, `… - HD.mp4`).
    expect(differentWords('Intro.mp4', 'Finale.mp4')).toBe(false);
  });
});
