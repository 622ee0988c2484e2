// Signatures, evidence and reports for diagnosis and notification tests, with a variant that
// has secrets planted in every free-text field, to prove none of them leaves the process.
import type { Diagnosis, Evidence, Signature } from '../../../src/core/model.js';
import type { DiagnosisRequest, Report } from '../../../src/core/ports.js';

const T0 = Date.UTC(2026, 10, 21, 9, 30, 0);

export function sampleSignature(over: Partial<Signature> = {}): Signature {
  return {
    id: 'a1b2c3d4e5f6',
    fingerprint: '9f2c4e1a7b3d5f6081726354aabbccdd',
    algorithm: 'v1',
    aliases: [],
    status: 'new',
    regressed: false,
    source: 'span',
    service: 'checkout',
    type: 'TimeoutError',
    message: 'call to inventory timed out after <num>ms',
    culprit: 'reserveStock (src/inventory-client.ts)',
    count: 42,
    firstSeenMs: T0,
    lastSeenMs: T0 + 3_600_000,
    releases: ['2.3.9', '2.4.0'],
    environments: ['production'],
    tags: [],
    history: [],
    ...over,
  };
}

export function sampleEvidence(over: Partial<Evidence> = {}): Evidence {
  return {
    signatureId: 'a1b2c3d4e5f6',
    service: 'checkout',
    type: 'TimeoutError',
    message: 'call to inventory timed out after <num>ms',
    count: 42,
    firstSeenMs: T0,
    lastSeenMs: T0 + 3_600_000,
    trend: { kind: 'bursting', detail: '30 in the last 10 minutes vs 2/10 min before' },
    concentrations: [{ key: 'host.name', value: 'web-3', count: 40, share: 0.95, baselineShare: 0.33 }],
    release: { firstRelease: '2.4.0', introducedByRelease: false, releases: [{ release: '2.3.9', count: 2 }, { release: '2.4.0', count: 40 }], detail: 'seen in 2 releases' },
    trace: {
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      deepestFailingSpan: { service: 'inventory', name: 'GET /stock', spanId: '00f067aa0ba902b7', statusMessage: 'deadline exceeded' },
      upstreamErrors: [],
      downstreamErrors: [{ service: 'inventory', name: 'GET /stock', statusMessage: 'deadline exceeded' }],
      services: ['checkout', 'inventory'],
    },
    coOccurring: [],
    topInAppFrame: 'reserveStock (src/inventory-client.ts:88)',
    exceptionChain: [{ type: 'TimeoutError', message: 'call to inventory timed out after 5000ms' }],
    stacktraceSample: 'TimeoutError: call to inventory timed out after 5000ms\n    at reserveStock (src/inventory-client.ts:88:11)',
    logs: [{ timeMs: T0 + 1000, body: 'stock lookup slow: 4900ms', service: 'inventory', severity: 'WARN', source: 'loki' }],
    metrics: [{ query: 'rate(http_server_errors_total{service="inventory"}[5m])', summary: 'rose from 0.1/s to 4.2/s at 09:31' }],
    notes: [],
    ...over,
  };
}

/** Secrets planted in the signature and evidence; none may appear in anything sent out. */
export const PLANTED = {
  anthropicKey: ['sk-', 'ant-', 'api03-', 'PLANTEDsecretKEY0123456789'].join(''),
  dbPassword: 'PLANTED-db-pa55word',
  email: 'planted.customer@example.com',
  jwt: ['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiJwbGFudGVkIn0', 'PLANTEDsignature0123456789abcdef'].join('.'),
  card: '4111 1111 1111 1111',
  githubToken: ['gh', 'p_', 'PLANTED0123456789abcdefghijABCDEFGHIJ'].join(''),
};

/** Fragments that prove a leak if seen anywhere outside the process. */
export const PLANTED_FRAGMENTS = ['PLANTEDsecretKEY', 'PLANTED-db-pa55word', 'planted.customer@example.com', 'PLANTEDsignature', '4111 1111 1111 1111', 'PLANTED0123456789abcdef'];

export function secretSignature(): Signature {
  return sampleSignature({ message: `auth failed for ${PLANTED.email} with key ${PLANTED.anthropicKey}` });
}

export function secretEvidence(): Evidence {
  return sampleEvidence({
    message: `auth failed for ${PLANTED.email} with key ${PLANTED.anthropicKey}`,
    exceptionChain: [{ type: 'AuthError', message: `token ${PLANTED.jwt} rejected for card ${PLANTED.card}` }],
    stacktraceSample: `AuthError: connect postgres://shop:${PLANTED.dbPassword}@db.internal:5432/shop\n    at login (src/auth.ts:10:3)`,
    logs: [{ timeMs: T0, body: `GITHUB_TOKEN=${PLANTED.githubToken} loaded`, service: 'checkout', source: 'loki' }],
    concentrations: [{ key: 'enduser.id', value: PLANTED.email, count: 40, share: 0.95, baselineShare: 0.1 }],
  });
}

export function sampleRequest(over: Partial<DiagnosisRequest> = {}): DiagnosisRequest {
  return { signature: sampleSignature(), evidence: sampleEvidence(), budgetUsd: 0.5, ...over };
}

export function sampleDiagnosis(over: Partial<Diagnosis> = {}): Diagnosis {
  return {
    rootCause: 'The downstream service inventory fails first (span "GET /stock": deadline exceeded).',
    evidence: ['42 occurrences in checkout', 'host.name=web-3: 95% of this error vs 33% baseline'],
    suggestedFix: 'Investigate inventory first; bound the call with a timeout.',
    confidence: 0.72,
    model: 'evidence',
    costUsd: 0,
    createdMs: T0 + 3_700_000,
    ...over,
  };
}

export function sampleReport(over: Partial<Report> = {}): Report {
  return { kind: 'new', signature: sampleSignature(), diagnosis: sampleDiagnosis(), evidence: sampleEvidence(), ...over };
}
