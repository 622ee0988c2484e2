import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { StdoutNotifier } from '../../../src/adapters/notify/stdout.js';
import { PLANTED, PLANTED_FRAGMENTS, sampleDiagnosis, sampleReport, sampleSignature, secretEvidence, secretSignature } from '../../helpers/fake-llm/samples.js';

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


describe('StdoutNotifier and terminals', () => {
  it('shows escape sequences, controls and bidi overrides from the network as visible escapes', async () => {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (c) => (text += c));
    const report = sampleReport({
      // OSC 0 sets the window title, CSI 2J clears the screen, U+009B is the 8-bit CSI, U+202E reverses text.
      signature: sampleSignature({ service: 'pay\x1b]0;owned\x07ments', type: 'Error\x00', message: 'boom\x1b[2J\r now \u009b31m red \u202eevil' }),
      diagnosis: sampleDiagnosis({ rootCause: 'see \x1b]8;;https://evil.example\x07here\x1b]8;;\x07' }),
    });
    await new StdoutNotifier({ stream }).notify(report);
    expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('pay\\x1b]0;owned\\x07ments');
    // (Titles are one line: the CR became a space before anything else.)
    expect(text).toContain('boom\\x1b[2J now \\x9b31m red \\u202eevil');
    expect(text).toContain('see \\x1b]8;;https://evil.example\\x07here');
  });

  it('redacts a token before the title is cut to 120 characters', async () => {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (c) => (text += c));
    const token = `ghp_${'Q9w8E7r6T5'.repeat(4)}`;
    // `checkout: TimeoutError: ` is 24 characters; the token starts at 110 and is cut at 119.
    const message = `${'x'.repeat(85)} ${token} rest`;
    await new StdoutNotifier({ stream }).notify(sampleReport({ signature: sampleSignature({ service: 'checkout', type: 'TimeoutError', message }) }));
    const title = text.split('\n')[0];
    // Cut first (as before), `ghp_Q9w8E…` would have been too short for the GitHub rule and leaked.
    expect(title).toMatch(/x \[REDACTED/);
    expect(title).not.toContain('ghp_Q9w8');
    expect(text).not.toContain('Q9w8E7r6');
  });
});
