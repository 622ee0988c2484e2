// Exception types that a runtime raises for every reason one kind of operation fails, and whose
// message says which (rounds-fp/9). Real programs' traces, each failure twice with other data,
// `failure` saying which it is:
//   - java.io's FileNotFoundException for every file it cannot open (a missing directory, a
//     directory where the file should be, a file where a directory should be), from two methods
//     (test/fixtures/fingerprint/programs/java-io/FileStore.java, OpenJDK 17);
//   - requests' SSLError for every certificate a server presents wrong (expired, self-signed,
//     for another host name), from one function (programs/python-tls/tls_errors.py, requests
//     2.34 on CPython 3.11, local HTTPS servers with certificates made by the program);
//   - node-fetch's FetchError (and axios' and got's errors) for a refused connection, a host
//     that does not resolve and a call that timed out, one function per client
//     (programs/node-http-clients/clients.mjs, Node 24; a refusal's message is the same twice);
//   - botocore's ClientError for every error code S3 answers that botocore has no class for
//     (SlowDown, InternalError), beside the classes it has (NoSuchKey, AccessDenied), from one
//     function (programs/python-aws/s3_errors.py, boto3 1.43 against a local server that
//     answers GetObject with S3's status codes and XML error bodies);
//   - grpcio's _InactiveRpcError for every status a call ends with (NOT_FOUND,
//     RESOURCE_EXHAUSTED, UNAVAILABLE), from one function (programs/python-grpc/grpc_errors.py,
//     grpcio 1.85 against a local server): the status contributes (rpc-status.ts);
//   - ioredis' ReplyError for every error reply (WRONGTYPE, `ERR value is not an integer`), from
//     one function (programs/node-redis/replies.mjs, ioredis 5.11 against a real redis-server).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { statedRpcStatus } from '../../../src/core/fingerprint/rpc-status.js';

interface Row { failure: string; type: string; message: string; stacktrace: string }
const rowsOf = (file: string) => readFileSync(new URL(`../../fixtures/fingerprint/${file}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(keyOf(item), [...(out.get(keyOf(item)) ?? []), item]);
  return out;
}

const clients = ['axios', 'got', 'node-fetch'].flatMap((c) => ['refused', 'timeout', 'unresolved'].map((f) => `${c} ${f}`));

describe.each([
  { file: 'java-file-errors.ndjson', types: ['java.io.FileNotFoundException'], failures: ['load missing', 'load not-a-directory', 'save directory', 'save missing'] },
  { file: 'python-tls-errors.ndjson', types: ['requests.exceptions.SSLError'], failures: ['expired', 'self-signed', 'wrong-host'] },
  { file: 'node-http-client-errors.ndjson', types: ['AbortError', 'AxiosError', 'Error', 'FetchError', 'RequestError', 'TimeoutError'], failures: clients },
  { file: 'python-grpc-errors.ndjson', types: ['grpc._channel._InactiveRpcError'], failures: ['exhausted', 'not-found', 'unavailable'] },
  { file: 'node-redis-errors.ndjson', types: ['ReplyError'], failures: ['not-an-integer', 'wrong-type'] },
  { file: 'python-aws-errors.ndjson', types: ['botocore.errorfactory.AccessDenied', 'botocore.errorfactory.NoSuchKey', 'botocore.exceptions.ClientError'], failures: ['denied', 'internal', 'missing', 'throttled'] },
])('one type for every reason, from one place ($file)', ({ file, types, failures }) => {
  const rows = rowsOf(file);

  it('is what the fixture says: each failure twice', () => {
    expect([...new Set(rows.map((r) => r.type))].sort()).toEqual(types);
    const byFailure = groupBy(rows, (r) => r.failure);
    expect([...byFailure.keys()].sort()).toEqual(failures);
    for (const pair of byFailure.values()) expect(pair).toHaveLength(2);
    expect(byFailure.get('node-fetch refused')?.map((r) => r.type) ?? ['FetchError', 'FetchError']).toEqual(['FetchError', 'FetchError']);
    expect(byFailure.get('node-fetch unresolved')?.map((r) => r.type) ?? ['FetchError', 'FetchError']).toEqual(['FetchError', 'FetchError']);
  });

  it('is one signature per failure and never one for two', () => {
    const fp = createFingerprinter();
    const seen = new Map<string, Set<string>>();
    for (const r of rows) {
      const f = fp.fingerprint({ source: 'span', service: 'documents', type: r.type, message: r.message, stacktrace: r.stacktrace }).fingerprint;
      seen.set(r.failure, (seen.get(r.failure) ?? new Set()).add(f));
    }
    for (const [failure, set] of seen) expect(set.size, failure).toBe(1);
    expect(new Set([...seen.values()].map((s) => [...s][0])).size).toBe(seen.size);
  });
});

describe('the gRPC status a client error states', () => {
  it("is read in each client library's words, and only a status code's name", () => {
    expect(statedRpcStatus('<_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.NOT_FOUND\n\tdetails = "order 17 not found"\n>')).toBe('NOT_FOUND');
    expect(statedRpcStatus('rpc error: code = DeadlineExceeded desc = context deadline exceeded')).toBe('DEADLINE_EXCEEDED');
    expect(statedRpcStatus('Status(StatusCode="Unavailable", Detail="Error connecting to subchannel.")')).toBe('UNAVAILABLE');
    expect(statedRpcStatus('14 UNAVAILABLE: No connection established')).toBe('UNAVAILABLE');
    expect(statedRpcStatus('PERMISSION_DENIED: caller lacks orders.read')).toBe('PERMISSION_DENIED');
    expect(statedRpcStatus('ERROR: relation "orders" does not exist')).toBeUndefined();
    expect(statedRpcStatus('rpc error: code = OK desc = ')).toBeUndefined();
  });
});
