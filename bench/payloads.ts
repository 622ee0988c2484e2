// Realistic OTLP trace exports for the benchmarks, built by the real OpenTelemetry JS SDK
// (@opentelemetry/sdk-trace spans, serialized by @opentelemetry/otlp-transformer — the bytes
// an SDK exporter sends). Shape per batch: one resource with the usual SDK/host/k8s
// attributes, three instrumentation scopes, server/client/internal spans in traces of four
// with HTTP/DB attributes (~550 B per span raw), and a given ratio of error spans, each with
// status ERROR and one `exception` event carrying a stack trace of the given length.
// Deterministic for a seed (ids and values come from a seeded PRNG).
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { type IdGenerator, type ReadableSpan, type SpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';

export interface TracePayloadOptions {
  /** Spans in the export. Default 512 (a typical Collector batch). */
  spans?: number;
  /** Share of spans that are errors (status ERROR + one exception event). Default 0.01. */
  errorRatio?: number;
  /** Lines in each planted stack trace. Default 20. */
  stackLines?: number;
  seed?: number;
  /** service.name of the resource. Default `checkout`. */
  service?: string;
}

export interface TracePayload {
  /** ExportTraceServiceRequest, protobuf. */
  body: Buffer;
  /** The same request, OTLP/JSON as the SDK's JSON exporter writes it. */
  json: Buffer;
  spans: number;
  /** Error spans planted; each yields exactly one error event. */
  errors: number;
}

/** Small seeded PRNG (mulberry32): reproducible payloads without a dependency. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededIds(rand: () => number): IdGenerator {
  const hex = (bytes: number) => {
    let s = '';
    for (let i = 0; i < bytes; i++) s += Math.floor(rand() * 256).toString(16).padStart(2, '0');
    return s;
  };
  return { generateTraceId: () => hex(16), generateSpanId: () => hex(8) };
}

/** Collects ended spans synchronously (the SDK calls onEnd inside span.end()). */
export class CollectingSpanProcessor implements SpanProcessor {
  readonly spans: ReadableSpan[] = [];
  onStart(): void {}
  onEnd(span: ReadableSpan): void {
    this.spans.push(span);
  }
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

function uuid(rand: () => number): string {
  const h = () => Math.floor(rand() * 0x10000).toString(16).padStart(4, '0');
  return `${h()}${h()}-${h()}-4${h().slice(1)}-a${h().slice(1)}-${h()}${h()}${h()}`;
}

export function stackTrace(type: string, message: string, lines: number, rand: () => number): string {
  const modules = ['orders', 'payments', 'cart', 'inventory', 'users', 'shipping'];
  const fns = ['handle', 'process', 'validate', 'load', 'persist', 'dispatch', 'resolve', 'map'];
  const out = [`${type}: ${message}`];
  for (let i = 0; i < lines; i++) {
    if (i > lines * 0.6) {
      out.push(`    at ${['Layer.handle', 'next', 'Route.dispatch', 'processTicksAndRejections'][i % 4]} (/app/node_modules/express/lib/router/layer.js:${95 + i}:${5 + i})`);
    } else {
      const m = modules[Math.floor(rand() * modules.length)];
      const f = fns[Math.floor(rand() * fns.length)];
      out.push(`    at ${m}Service.${f}${i} (/app/src/${m}/${m}.service.ts:${10 + Math.floor(rand() * 400)}:${1 + Math.floor(rand() * 40)})`);
    }
  }
  return out.join('\n');
}

export function buildTracePayload(options: TracePayloadOptions = {}): TracePayload {
  const n = options.spans ?? 512;
  const ratio = options.errorRatio ?? 0.01;
  const stackLines = options.stackLines ?? 20;
  const rand = prng(options.seed ?? 1);
  const collector = new CollectingSpanProcessor();
  const provider = new TracerProvider({
    resource: resourceFromAttributes({
      'service.name': options.service ?? 'checkout',
      'service.version': '2.14.3',
      'service.namespace': 'shop',
      'service.instance.id': '627cc493-f310-47de-96bd-71410b7dec09',
      'deployment.environment.name': 'production',
      'host.name': 'ip-10-0-12-7.eu-west-1.compute.internal',
      'k8s.pod.name': 'checkout-7d9f8b6c5-x2x8q',
      'k8s.namespace.name': 'shop',
      'process.pid': 4242,
      'process.runtime.name': 'nodejs',
      'process.runtime.version': '20.12.2',
      'telemetry.sdk.language': 'nodejs',
      'telemetry.sdk.name': 'opentelemetry',
      'telemetry.sdk.version': '3.1.0',
    }),
    idGenerator: seededIds(rand),
    spanProcessors: [collector],
  });
  const http = provider.getTracer('@opentelemetry/instrumentation-http', '0.301.0');
  const db = provider.getTracer('@opentelemetry/instrumentation-pg', '0.55.0');
  const app = provider.getTracer('checkout-app', '2.14.3');
  // Errors spread evenly through the batch, so every run plants the same number.
  const errors = Math.round(n * ratio);
  const errorAt = new Set<number>();
  for (let k = 0; k < errors; k++) errorAt.add(Math.floor(((k + 0.5) * n) / errors));
  const base = 1_790_000_000_000;
  let made = 0;
  let root: ReturnType<typeof http.startSpan> | undefined;
  for (let i = 0; i < n; i++) {
    const t0 = base + i * 3;
    const id = Math.floor(rand() * 100000);
    const slot = i % 4;
    let span;
    if (slot === 0 || root === undefined) {
      span = http.startSpan('GET /api/orders/:id', {
        kind: SpanKind.SERVER,
        startTime: t0,
        attributes: {
          'http.request.method': 'GET',
          'url.full': `https://shop.example.com/api/orders/${id}?expand=items`,
          'url.scheme': 'https',
          'http.route': '/api/orders/:id',
          'http.response.status_code': 200,
          'server.address': 'shop.example.com',
          'server.port': 443,
          'network.protocol.version': '1.1',
          'client.address': `10.0.${id % 256}.${(id >> 8) % 256}`,
          'user_agent.original': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
        },
      });
      root = span;
    } else {
      const ctx = trace.setSpan(ROOT_CONTEXT, root);
      span =
        slot === 1
          ? db.startSpan('SELECT shop.orders', {
              kind: SpanKind.CLIENT,
              startTime: t0 + 1,
              attributes: {
                'db.system.name': 'postgresql',
                'db.namespace': 'shop',
                'db.operation.name': 'SELECT',
                'db.collection.name': 'orders',
                'db.query.text': 'SELECT id, status, total, currency, created_at FROM orders WHERE id = $1 AND tenant_id = $2',
                'server.address': 'orders-db.internal',
                'server.port': 5432,
                'db.response.returned_rows': 1 + (id % 20),
              },
            }, ctx)
          : app.startSpan(slot === 2 ? 'OrderService.load' : 'PricingService.applyDiscounts', {
              kind: SpanKind.INTERNAL,
              startTime: t0 + 1,
              attributes: {
                'app.order.id': `ord_${id}`,
                'app.tenant.id': `tenant-${id % 97}`,
                'app.cart.items': id % 13,
                'app.cache.hit': id % 3 === 0,
                'app.feature_flags': ['new-pricing', 'fast-checkout'],
                'code.function.name': slot === 2 ? 'load' : 'applyDiscounts',
                'code.file.path': '/app/src/orders/order.service.ts',
              },
            }, ctx);
    }
    if (errorAt.has(i)) {
      const err = new Error(`Order ord_${id} not found for tenant tenant-${id % 97}`);
      err.name = 'OrderNotFoundError';
      err.stack = stackTrace(err.name, err.message, stackLines, rand);
      span.recordException(err, t0 + 2);
      span.setStatus({ code: SpanStatusCode.ERROR, message: err.message });
    }
    // Correlation attributes most production spans carry (request and session ids).
    span.setAttribute('app.request.id', uuid(rand));
    span.setAttribute('session.id', uuid(rand));
    span.end(t0 + 2 + (id % 5));
    made++;
  }
  const body = ProtobufTraceSerializer.serializeRequest(collector.spans);
  const json = JsonTraceSerializer.serializeRequest(collector.spans);
  if (!body || !json) throw new Error('the SDK serializer produced no payload');
  return { body: Buffer.from(body), json: Buffer.from(json), spans: made, errors: errorAt.size };
}
