// A value after its name and a spaced `=` is a value (spaced-key-value.ts). Real lines: Kafka
// 4.1.1's authorizer denying two users' requests (programs/kafka, server-logs-11.test.ts), where
// StandardAuthorizerData.logAuditMessage's `… on resource = %s for request = %s …` was one
// signature per resource kind and request; gRPC's status text (corpus/logs.ndjson) is the near
// miss whose code names the failure.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'kafka', body }).fingerprint;
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('a value after its name and a spaced `=`', () => {
  it("Kafka's authorizer denials about topics and groups are one signature", () => {
    const f = createFingerprinter();
    const topic = log(f, '[2026-12-05 16:29:21,302] INFO Principal = User:alice is Denied operation = DESCRIBE from host = 127.0.0.1 on resource = Topic:LITERAL:orders for request = Metadata with resourceRefCount = 1 based on rule DefaultDeny (kafka.authorizer.logger)');
    expect(log(f, '[2026-12-05 16:29:21,905] INFO Principal = User:alice is Denied operation = DESCRIBE from host = 127.0.0.1 on resource = Group:LITERAL:alice-reports for request = FindCoordinator with resourceRefCount = 1 based on rule DefaultDeny (kafka.authorizer.logger)')).toBe(topic);
    // the decision is the line's own word, not a value after `=`
    expect(log(f, '[2026-12-05 16:29:22,001] INFO Principal = User:alice is Allowed operation = DESCRIBE from host = 127.0.0.1 on resource = Topic:LITERAL:orders for request = Metadata with resourceRefCount = 1 based on rule DefaultDeny (kafka.authorizer.logger)')).not.toBe(topic);
    expect(tokens('rejecting the user via Post-Auth-Type = Reject): done')).toContain('<*>):');
  });

  it('near misses: capitals, a failure key or word, a text key, no name before `=`', () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'search', body }).fingerprint;
    expect(t('rpc error: code = Unavailable desc = connection refused')).not.toBe(t('rpc error: code = DeadlineExceeded desc = connection refused'));
    expect(tokens('rpc error: code = DeadlineExceeded desc = context deadline exceeded')).toEqual(expect.arrayContaining(['DeadlineExceeded', 'context']));
    expect(tokens('job state = FAILED after retry')).toContain('FAILED');
    expect(tokens('job result = failed after retry')).toContain('failed');
    expect(tokens('42 = answer')).toContain('answer');
  });
});
