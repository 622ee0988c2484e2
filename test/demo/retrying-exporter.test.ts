// The demo's exporter sends a batch Rounds refused for load again until it is taken, and says
// when every batch handed to it has been answered for good (settled), which the playback waits
// for before it stops Rounds: the SDK's batch processors export on their own timer too, and
// their forceFlush does not wait for such an export while it is being retried.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { RetryingExporter, type BatchExporter, type ExportResult } from '../../src/demo/retrying-exporter.js';
import { DemoTelemetry } from '../../src/demo/telemetry.js';

/** Refuses the first `refusals` exports with gRPC UNAVAILABLE, then takes them; counts what it took. */
class RefusingThenTaking implements BatchExporter<number> {
  taken: number[] = [];
  constructor(private refusals: number) {}
  export(items: number[], done: (r: ExportResult) => void): void {
    setImmediate(() => {
      if (this.refusals-- > 0) done({ code: 1, error: Object.assign(new Error('refused'), { code: 14 }) });
      else {
        this.taken.push(...items);
        done({ code: 0 });
      }
    });
  }
  shutdown = () => Promise.resolve();
}

describe('RetryingExporter', () => {
  it('settles only once a refused batch has been taken', async () => {
    const inner = new RefusingThenTaking(2);
    const exporter = new RetryingExporter(inner);
    const results: number[] = [];
    exporter.export([1, 2, 3], (r) => results.push(r.code));
    await exporter.settled();
    expect(inner.taken).toEqual([1, 2, 3]);
    expect(results).toEqual([0]);
  });

  it('sends again an export whose deadline passed unanswered, as the OTLP specification allows', async () => {
    let attempts = 0;
    const taken: number[] = [];
    const exporter = new RetryingExporter<number>({
      export: (items, done) =>
        setImmediate(() => {
          if (attempts++ === 0) done({ code: 1, error: Object.assign(new Error('4 DEADLINE_EXCEEDED: Deadline exceeded after 14.179s'), { code: 4 }) });
          else {
            taken.push(...items);
            done({ code: 0 });
          }
        }),
      shutdown: () => Promise.resolve(),
    });
    const results: number[] = [];
    exporter.export([7], (r) => results.push(r.code));
    await exporter.settled();
    expect({ attempts, taken, results }).toEqual({ attempts: 2, taken: [7], results: [0] });
  });

  it('is settled at once with nothing in flight, and after a failure it does not retry', async () => {
    const exporter = new RetryingExporter<number>({ export: (_i, done) => setImmediate(() => done({ code: 1, error: Object.assign(new Error('bad'), { code: 3 }) })), shutdown: () => Promise.resolve() });
    await exporter.settled();
    const results: number[] = [];
    exporter.export([1], (r) => results.push(r.code));
    await exporter.settled();
    expect(results).toEqual([1]);
  });

  // The SDK's OTLP/HTTP exporter reports an export that outlived its deadline, and one it stopped
  // retrying after 503s, with errors that carry no status; a reset connection has a string code.
  it('sends again an export the SDK gave up on without a status, or whose connection failed', async () => {
    const errors = [new Error('Request timed out'), new Error('Export failed with retryable status'), Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })];
    let attempts = 0;
    const taken: number[] = [];
    const exporter = new RetryingExporter<number>({
      export: (items, done) =>
        setImmediate(() => {
          const error = errors[attempts++];
          if (error) done({ code: 1, error });
          else {
            taken.push(...items);
            done({ code: 0 });
          }
        }),
      shutdown: () => Promise.resolve(),
    });
    const results: number[] = [];
    exporter.export([5], (r) => results.push(r.code));
    await exporter.settled();
    expect({ attempts, taken, results, lost: exporter.lost.exports }).toEqual({ attempts: 4, taken: [5], results: [0], lost: 0 });
  });

  it('counts an export refused for its data (HTTP 400) as lost, without sending it again', async () => {
    let attempts = 0;
    const exporter = new RetryingExporter<number>({
      export: (_i, done) => {
        attempts++;
        setImmediate(() => done({ code: 1, error: Object.assign(new Error('Bad Request'), { code: 400 }) }));
      },
      shutdown: () => Promise.resolve(),
    });
    exporter.export([1], () => {});
    await exporter.settled();
    expect({ attempts, lost: exporter.lost.exports, message: exporter.lost.error?.message }).toEqual({ attempts: 1, lost: 1, message: 'Bad Request' });
  });
});

describe('DemoTelemetry', () => {
  it('fails its flush when the receiver did not take an export, naming the error', async () => {
    // A receiver that refuses every log export for its data, as a real HTTP server would answer it.
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(400, { 'content-type': 'text/plain' }).end('malformed'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const telemetry = new DemoTelemetry({ host: '127.0.0.1', grpcPort: port, httpPort: port });
    try {
      telemetry.log({ service: 'checkout', version: '1.0.0', host: 'web-1' }, Date.now(), 'ERROR', 'payment declined');
      await expect(telemetry.flush()).rejects.toThrow(/^Rounds did not take 1 export of the playback: /);
    } finally {
      await telemetry.shutdown().catch(() => {});
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
