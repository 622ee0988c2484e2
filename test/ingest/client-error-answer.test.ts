// The receiver's answers to requests Node's HTTP server gave up on (ingest/client-error-answer.ts):
// each a complete HTTP/1.1 response with a google.rpc.Status, retryable only for a timeout.
import { describe, expect, it } from 'vitest';
import { clientErrorAnswer } from '../../src/ingest/client-error-answer.js';
import { decodeStatus } from '../helpers/otlp-requests.js';

function parse(bytes: Buffer): { head: string; body: Buffer } {
  const split = bytes.indexOf('\r\n\r\n');
  return { head: bytes.subarray(0, split).toString('latin1'), body: bytes.subarray(split + 4) };
}

describe('answers to client errors', () => {
  it('a timeout is 503 with Retry-After and UNAVAILABLE, counted as a timeout', () => {
    const { bytes, outcome } = clientErrorAnswer({ code: 'ERR_HTTP_REQUEST_TIMEOUT' }, { encoding: 'protobuf' }, 7);
    const { head, body } = parse(bytes);
    expect(outcome).toBe('timeout');
    expect(head).toMatch(/^HTTP\/1\.1 503 Service Unavailable\r\n/);
    expect(head).toContain('\r\nRetry-After: 7\r\n');
    expect(head).toContain(`\r\nContent-Length: ${body.length}\r\n`);
    expect(decodeStatus(body).code).toBe(14);
  });

  it('headers too large are 431 and a request that is not HTTP is 400, neither retryable', () => {
    for (const [code, status] of [['HPE_HEADER_OVERFLOW', 431], ['HPE_INVALID_METHOD', 400], [undefined, 400]] as const) {
      const { bytes, outcome } = clientErrorAnswer({ code }, undefined, 7);
      const { head, body } = parse(bytes);
      expect(outcome).toBe('bad_data');
      expect(head).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      expect(head).not.toMatch(/Retry-After/i);
      expect(decodeStatus(body).code).toBe(3);
    }
  });

  it('answers in JSON when the request was JSON, in protobuf when no request was read', () => {
    const json = parse(clientErrorAnswer({ code: 'ERR_HTTP_REQUEST_TIMEOUT' }, { encoding: 'json' }, 1).bytes);
    expect(json.head).toContain('\r\nContent-Type: application/json\r\n');
    expect(JSON.parse(json.body.toString('utf8'))).toMatchObject({ code: 14 });
    expect(parse(clientErrorAnswer({ code: 'ERR_HTTP_REQUEST_TIMEOUT' }, undefined, 1).bytes).head).toContain('\r\nContent-Type: application/x-protobuf\r\n');
  });
});
