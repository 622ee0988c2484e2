// The load client of test/helpers/overload.ts, run in child processes so its own work neither
// delays the receiver's event loop nor counts in its memory (as a Collector in another process
// would not). Plain JavaScript, run by plain Node. Messages come over the IPC channel: `init`
// first (what to send where), then one run at a time, each answered with its result.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import * as grpc from '@grpc/grpc-js';

const TRACE_PATH = '/opentelemetry.proto.collector.trace.v1.TraceService/Export';
let transport, port, templateBuffer, traceIdOffsets, errorsPerExport, retryInfoType, connections;

function nextExport() {
  const body = Buffer.from(templateBuffer);
  for (const offsets of traceIdOffsets) {
    const id = randomBytes(16);
    for (const at of offsets) id.copy(body, at);
  }
  return body;
}

// Like a fleet of Collectors, the client keeps a fixed set of keep-alive connections (opened by
// the first closed loop) instead of opening new ones as answers slow down: libuv accepts one
// connection per turn of a busy event loop (libuv pull request #3696), so a storm of new
// connections would measure the accept backlog rather than the receiver. An export waits in the
// client for a free connection as in a Collector's sending queue; its latency, like the
// Collector's export timeout, runs from when it is sent on a connection.
function httpSender() {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections, scheduling: 'fifo' });
  return {
    send: (body) =>
      new Promise((resolve) => {
        let sentAt = performance.now();
        const request = http.request({ host: '127.0.0.1', port, path: '/v1/traces', method: 'POST', agent, headers: { 'content-type': 'application/x-protobuf', 'content-length': body.length } }, (res) => {
          res.resume();
          res.on('end', () => {
            const ms = performance.now() - sentAt;
            if (res.statusCode === 200) resolve(['accepted', ms]);
            else if (res.statusCode === 503) resolve([res.headers['retry-after'] ? 'refused-with-hint' : 'refused-without-hint', ms]);
            else resolve([`other:http ${res.statusCode}`, ms]);
          });
        });
        request.once('socket', () => (sentAt = performance.now()));
        request.on('error', (error) => resolve([`other:${error.code ?? error.message}`, 0]));
        request.end(body);
      }),
    close: () => agent.destroy(),
  };
}

function grpcSender() {
  const clients = Array.from({ length: 4 }, () => new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), { 'grpc.max_send_message_length': -1, 'grpc.use_local_subchannel_pool': 1 }));
  let turn = 0;
  return {
    send: (body) =>
      new Promise((resolve) => {
        const sentAt = performance.now();
        clients[turn++ % clients.length].makeUnaryRequest(TRACE_PATH, (b) => b, (b) => b, body, new grpc.Metadata(), (error) => {
          const ms = performance.now() - sentAt;
          if (!error) return resolve(['accepted', ms]);
          if (error.code === grpc.status.UNAVAILABLE) {
            // RetryInfo inside the google.rpc.Status of grpc-status-details-bin (OTLP spec §Throttling).
            const details = error.metadata?.get('grpc-status-details-bin')[0];
            return resolve([Buffer.isBuffer(details) && details.includes(Buffer.from(retryInfoType)) ? 'refused-with-hint' : 'refused-without-hint', ms]);
          }
          resolve([`other:grpc ${grpc.status[error.code]} ${error.details}`, ms]);
        });
      }),
    close: () => clients.forEach((c) => c.close()),
  };
}

let sender;

function emptyResult() {
  return { sent: 0, accepted: 0, refusedWithHint: 0, other: {}, acceptedLatencies: [], acceptedQueuedLatencies: [], refusedLatencies: [], acceptedEvents: 0, durationMs: 0, clientLoopUtilization: 0 };
}

async function one(result, body = nextExport(), events = errorsPerExport) {
  result.sent++;
  const started = performance.now();
  const [ending, onTheWireMs] = await sender.send(body);
  if (ending === 'accepted') {
    result.accepted++;
    result.acceptedEvents += events;
    result.acceptedLatencies.push(onTheWireMs);
    result.acceptedQueuedLatencies.push(performance.now() - started);
  } else if (ending === 'refused-with-hint') {
    result.refusedWithHint++;
    result.refusedLatencies.push(onTheWireMs);
  }
  else result.other[ending] = (result.other[ending] ?? 0) + 1;
}

async function closedLoop({ concurrency, durationMs }) {
  const result = emptyResult();
  const elu = performance.eventLoopUtilization();
  const started = performance.now();
  const until = started + durationMs;
  await Promise.all(Array.from({ length: concurrency }, async () => { while (performance.now() < until) await one(result); }));
  result.durationMs = performance.now() - started;
  result.clientLoopUtilization = performance.eventLoopUtilization(elu).utilization;
  return result;
}

async function openLoop({ perSecond, durationMs }) {
  const result = emptyResult();
  const elu = performance.eventLoopUtilization();
  const pending = [];
  const started = performance.now();
  let due = 0;
  await new Promise((resolve) => {
    const tick = setInterval(() => {
      const elapsed = performance.now() - started;
      const target = Math.floor((Math.min(elapsed, durationMs) * perSecond) / 1000);
      for (; due < target; due++) pending.push(one(result));
      if (elapsed >= durationMs) {
        clearInterval(tick);
        resolve();
      }
    }, 5);
  });
  await Promise.all(pending);
  result.durationMs = performance.now() - started;
  result.clientLoopUtilization = performance.eventLoopUtilization(elu).utilization;
  return result;
}

async function single({ body }) {
  const result = emptyResult();
  await one(result, Buffer.from(body), 0);
  return result;
}

process.on('message', async (message) => {
  if (message.kind === 'init') {
    ({ transport, port, traceIdOffsets, errorsPerExport, retryInfoType, connections } = message);
    templateBuffer = Buffer.from(message.template);
    sender = transport === 'http' ? httpSender() : grpcSender();
    return;
  }
  if (message.kind === 'close') {
    sender.close();
    process.disconnect();
    return;
  }
  const run = { closed: closedLoop, open: openLoop, single }[message.kind];
  process.send(await run(message));
});
// The parent gone (a test killed, a bench interrupted): nothing left to send for.
process.on('disconnect', () => process.exit(0));
