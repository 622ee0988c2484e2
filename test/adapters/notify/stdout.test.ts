import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { StdoutNotifier } from '../../../src/adapters/notify/stdout.js';
import { PLANTED, PLANTED_FRAGMENTS, sampleDiagnosis, sampleReport, secretEvidence, secretSignature } from '../../helpers/fake-llm/samples.js';

const secretReport = () =>
  sampleReport({
    signature: secretSignature(),
    evidence: secretEvidence(),
    diagnosis: sampleDiagnosis({ rootCause: `bad key ${PLANTED.anthropicKey} used by ${PLANTED.email}` }),
  });

describe('StdoutNotifier', () => {
  it('writes a readable, redacted block to the given stream', async () => {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (c) => (text += c));
    const out = await new StdoutNotifier({ stream }).notify(secretReport());
    expect(out).toEqual({ status: 'ok', value: {} });
    expect(text).toMatch(/^── New error · a1b2c3d4e5f6 · checkout: TimeoutError: auth failed for \[REDACTED:email\]/);
    expect(text).toContain('Root cause: bad key [REDACTED:anthropic_key] used by [REDACTED:email]');
    expect(text).toContain('Confidence 72% (evidence)');
    for (const f of PLANTED_FRAGMENTS) expect(text).not.toContain(f);
  });
});

