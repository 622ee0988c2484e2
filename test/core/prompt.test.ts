import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { buildPrompt, DIAGNOSIS_JSON_SCHEMA, diagnosisSchema, parseAnswerText, redactAnswer, validateAnswer } from '../../src/core/prompt.js';
import { redact } from '../../src/core/redact.js';
import { PLANTED_FRAGMENTS, sampleEvidence, sampleSignature, secretEvidence, secretSignature } from '../helpers/fake-llm/samples.js';

const good = { rootCause: 'db down', evidence: ['a', 'b'], suggestedFix: 'restart db', confidence: 0.4 };

describe('buildPrompt', () => {
  it('carries the evidence: service, message, release, concentration, trace, frame, logs, metrics', () => {
    const { system, user } = buildPrompt(sampleSignature(), sampleEvidence());
    expect(system).toMatch(/JSON schema/);
    expect(system).toContain('"rootCause"');
    for (const s of [
      'service: checkout',
      'message: call to inventory timed out',
      'occurrences: 42',
      '2.4.0: 40 occurrences',
      'host.name=web-3: 40 occurrences, 95% of this error vs 33% of the baseline',
      'deepest failing span: inventory / GET /stock: deadline exceeded',
      'top in-app frame: reserveStock (src/inventory-client.ts:88)',
      'stock lookup slow: 4900ms',
      'rose from 0.1/s to 4.2/s',
      'trend: bursting',
    ]) {
      expect(user).toContain(s);
    }
  });

  it('carries the statistics: baseline, lift, the deeper signature with its release, what was not checked', () => {
    const ev = sampleEvidence({
      baseline: { kind: 'healthy traffic', detail: '5120 healthy spans of the service' },
      concentrations: [{ key: 'host.name', value: 'web-3', count: 40, share: 0.95, baselineShare: 0.33, lift: 2.88, carrying: 42, baseline: 'healthy traffic' }],
      downstream: { signatureId: 'dd01', service: 'inventory', type: 'TimeoutError', message: 'stock query timed out', count: 30, sharedTraces: 12, concentrations: [{ key: 'service.version', value: '3.3.0', count: 30, share: 1, baselineShare: 0.4, baseline: 'healthy traffic' }] },
      lacking: ['no trace backend: call order comes from the error spans Rounds stored'],
    });
    const { user } = buildPrompt(sampleSignature(), ev);
    for (const s of [
      'vs. share of the baseline: 5120 healthy spans of the service',
      'host.name=web-3: 40 of 42 occurrences, 95% of this error vs 33% of healthy traffic, lift 2.88',
      '## The deeper failing signature (inventory, shares 12 traces)',
      '- service.version=3.3.0: 100% of its occurrences vs 40% of healthy traffic',
      '- no trace backend: call order comes from the error spans Rounds stored',
    ]) expect(user).toContain(s);
  });

  it('carries the status the failing client spans were answered with and a surge of the traffic', () => {
    const ev = sampleEvidence({
      answered: { status: 'answered with status code 503 (Service Unavailable)', share: 1 },
      traffic: { ratio: 5.04, beforePerMinute: 20, duringPerMinute: 100.8, beforeFromMs: Date.parse('2026-05-04T07:00:00Z'), sinceMs: Date.parse('2026-05-04T10:00:00Z'), minutes: 11 },
    });
    const { user } = buildPrompt(sampleSignature(), ev);
    expect(user).toContain('the failing client spans were answered with status code 503 (Service Unavailable) (100% of the stored samples; they carry no other words)');
    expect(user).toContain("the service's healthy traffic rose 5.0× when the errors began: 20.0 healthy spans a minute since 2026-05-04T07:00:00.000Z, 100.8 a minute over the 11 minutes since 2026-05-04T10:00:00.000Z");
  });

  it('redacts whatever it is given, as a last line of defence', () => {
    const { user } = buildPrompt(secretSignature(), secretEvidence());
    for (const f of PLANTED_FRAGMENTS) expect(user).not.toContain(f);
    expect(user).toContain('[REDACTED:');
  });

  it('caps unbounded parts', () => {
    const logs = Array.from({ length: 100 }, (_, i) => ({ timeMs: 0, body: `line ${i}`, source: 'loki' }));
    const { user } = buildPrompt(sampleSignature(), sampleEvidence({ logs, stacktraceSample: 'x'.repeat(10_000) }), { maxLogLines: 5, maxStackChars: 100 });
    expect(user).toContain('(5 of 100)');
    expect(user).not.toContain('line 5\n');
    expect(user).toContain('[9900 more characters]');
  });
});

describe('answer schema', () => {
  it('the JSON schema and the zod schema describe the same object', () => {
    const fromZod = z.toJSONSchema(diagnosisSchema) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(DIAGNOSIS_JSON_SCHEMA.properties).sort()).toEqual(Object.keys(fromZod.properties).sort());
    expect([...DIAGNOSIS_JSON_SCHEMA.required].sort()).toEqual([...fromZod.required].sort());
    expect(DIAGNOSIS_JSON_SCHEMA.additionalProperties).toBe(false);
  });

  it('validates and forgives small deviations', () => {
    expect(validateAnswer(good)).toEqual({ ok: true, value: good });
    expect(validateAnswer({ ...good, confidence: 85 })).toEqual({ ok: true, value: { ...good, confidence: 0.85 } });
    expect(validateAnswer({ ...good, confidence: '0.3' })).toEqual({ ok: true, value: { ...good, confidence: 0.3 } });
    expect(validateAnswer({ ...good, evidence: 'one line' })).toEqual({ ok: true, value: { ...good, evidence: ['one line'] } });
    const bad = validateAnswer({ ...good, confidence: 150 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/confidence/);
    expect(validateAnswer({ ...good, rootCause: '' }).ok).toBe(false);
    expect(validateAnswer('text').ok).toBe(false);
  });
});

describe('parseAnswerText', () => {
  const json = JSON.stringify(good);
  it('reads plain JSON', () => expect(parseAnswerText(json)).toEqual({ ok: true, value: good }));
  it('reads a fenced block after prose', () => expect(parseAnswerText(`Here you go:\n\`\`\`json\n${json}\n\`\`\`\nCheers`)).toEqual({ ok: true, value: good }));
  it('reads an object embedded in prose, with braces inside strings', () => {
    const tricky = { ...good, rootCause: 'template "{user}" was not rendered }' };
    expect(parseAnswerText(`I think {this} is it: ${JSON.stringify(tricky)} — done.`)).toEqual({ ok: true, value: tricky });
  });
  it('explains what is wrong when nothing fits', () => {
    const none = parseAnswerText('I could not determine the cause.');
    expect(none).toEqual({ ok: false, error: expect.stringMatching(/no JSON object found/) });
    const wrong = parseAnswerText('{"rootCause": "x"}');
    expect(wrong).toEqual({ ok: false, error: expect.stringMatching(/does not match the diagnosis schema/) });
  });
});

describe('buildPrompt: redaction before cuts', () => {
  const token = `glpat-${'x1Y2z3W4v5'.repeat(2)}`;

  it('redacts a stack trace and a log line before cutting them to length', () => {
    // The token straddles the 4000-character cut of the stack trace and the 500-character cut of a log line.
    const stacktraceSample = `${'a'.repeat(3990)} ${token} tail`;
    const body = `${'b'.repeat(490)} ${token} tail`;
    const evidence = sampleEvidence({ stacktraceSample, logs: [{ timeMs: 0, severity: 'ERROR', service: 'checkout', body, source: 'loki' }] });
    const { user } = buildPrompt(sampleSignature(), evidence);
    expect(user).not.toContain('glpat-x1Y2');
    expect(user).toContain('a [REDACTED');
    expect(user).toContain('b [REDACTED');
  });

  it('redactAnswer removes secrets a model repeats', () => {
    const answer = redactAnswer({ rootCause: `the key ${token} was revoked`, evidence: [`seen ${token}`], suggestedFix: 'rotate it', confidence: 0.5 }, redact);
    expect(answer).toEqual({ rootCause: 'the key [REDACTED:gitlab_token] was revoked', evidence: ['seen [REDACTED:gitlab_token]'], suggestedFix: 'rotate it', confidence: 0.5 });
  });
});
