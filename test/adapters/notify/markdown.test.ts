import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MarkdownNotifier, reportPath, safeFileComponent } from '../../../src/adapters/notify/markdown.js';
import { createRedactor, parseRedactPatterns } from '../../../src/core/redact.js';
import { tempDataDir } from '../../helpers/temp-dir.js';
import { PLANTED, PLANTED_FRAGMENTS, sampleDiagnosis, sampleReport, sampleSignature, secretEvidence, secretSignature } from '../../helpers/fake-llm/samples.js';

const NOW = Date.UTC(2026, 10, 21, 9, 5, 7);
const secretReport = () =>
  sampleReport({
    signature: secretSignature(),
    evidence: secretEvidence(),
    diagnosis: sampleDiagnosis({ rootCause: `bad key ${PLANTED.anthropicKey} used by ${PLANTED.email}` }),
  });

describe('MarkdownNotifier', () => {
  it('writes <dir>/YYYY-MM-DD/HH-MM-SS_<service>_<type>_<id>.md in UTC, redacted', async () => {
    const dir = tempDataDir('rounds-md-');
    const n = new MarkdownNotifier({ dir, clock: { now: () => NOW } });
    const out = await n.notify(secretReport());
    const expected = join(dir, '2026-11-21', '09-05-07_checkout_TimeoutError_a1b2c3d4e5f6.md');
    expect(out).toEqual({ status: 'ok', value: { location: expected } });
    const text = readFileSync(expected, 'utf8');
    expect(text).toMatch(/^# New error: checkout: TimeoutError/);
    expect(text).toContain('## Root cause\n\nbad key [REDACTED:anthropic_key] used by [REDACTED:email]');
    expect(text).toContain('## Suggested fix');
    expect(text).toContain('Confidence **72%**');
    for (const f of PLANTED_FRAGMENTS) expect(text).not.toContain(f);
  });

  it('does not overwrite a report of the same signature in the same second', async () => {
    const dir = tempDataDir('rounds-md-');
    const n = new MarkdownNotifier({ dir, clock: { now: () => NOW } });
    await n.notify(sampleReport());
    const second = await n.notify(sampleReport({ kind: 'rediagnosed' }));
    expect(second).toMatchObject({ status: 'ok', value: { location: expect.stringMatching(/09-05-07_checkout_TimeoutError_a1b2c3d4e5f6-2\.md$/) } });
    expect(readdirSync(join(dir, '2026-11-21')).sort()).toEqual(['09-05-07_checkout_TimeoutError_a1b2c3d4e5f6-2.md', '09-05-07_checkout_TimeoutError_a1b2c3d4e5f6.md']);
    expect(readFileSync(join(dir, '2026-11-21', '09-05-07_checkout_TimeoutError_a1b2c3d4e5f6-2.md'), 'utf8')).toMatch(/^# Re-diagnosed/);
  });

  it('uses the configured redactor (REDACT_PATTERNS) when given one', async () => {
    const dir = tempDataDir('rounds-md-');
    const redactor = createRedactor({ extraPatterns: parseRedactPatterns('ACME-\\d{6}') });
    const out = await new MarkdownNotifier({ dir, redactor, clock: { now: () => NOW } }).notify(sampleReport({ diagnosis: sampleDiagnosis({ rootCause: 'tenant ACME-123456 is over quota' }) }));
    const text = out.status === 'ok' ? readFileSync(out.value.location!, 'utf8') : '';
    expect(text).toContain('tenant [REDACTED:custom] is over quota');
  });

  it('keeps error text that contains code fences inside its block', async () => {
    const dir = tempDataDir('rounds-md-');
    const out = await new MarkdownNotifier({ dir, clock: { now: () => NOW } }).notify(sampleReport({ signature: sampleSignature({ message: 'bad template ```js\nx\n``` here' }) }));
    const text = out.status === 'ok' ? readFileSync(out.value.location!, 'utf8') : '';
    expect(text).toContain('````\nbad template ```js\nx\n``` here\n````');
  });

  it('makes hostile service and type names safe file names', () => {
    const report = sampleReport({ signature: sampleSignature({ service: '../../etc/passwd', type: 'Error: <bad>|*?"name"', id: 'x/y' }) });
    const p = reportPath('/reports', report, NOW);
    expect(p).toBe('/reports/2026-11-21/09-05-07_etc-passwd_Error-bad-name_x-y.md');
    expect(safeFileComponent('...')).toBe('unknown');
    expect(safeFileComponent('Ünïcodé svc')).toBe('Unicode-svc');
    expect(safeFileComponent('a'.repeat(200)).length).toBe(60);
  });

  it('a directory it cannot write is failed, not thrown', async () => {
    // A directory path that runs through a regular file: ENOTDIR.
    const file = join(tempDataDir('rounds-md-'), 'a-file');
    writeFileSync(file, 'x');
    const out = await new MarkdownNotifier({ dir: join(file, 'reports'), clock: { now: () => NOW } }).notify(sampleReport());
    expect(out).toMatchObject({ status: 'failed', error: expect.stringMatching(/could not write/) });
  });
});
