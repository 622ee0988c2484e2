// The API port: health, Prometheus metrics, and the management routes that are registered
// into it (signatures, stats, /diagnose, OpenAPI).
import Fastify, { type FastifyInstance } from 'fastify';
import type { Registry } from '../observability/metrics.js';

export interface ApiServerOptions {
  host: string;
  port: number;
  registry: Registry;
  /** True once the receiver listens and the store is open. */
  isReady: () => boolean;
  /** Route plugins (management API); each receives the app before it listens. */
  routes?: ((app: FastifyInstance) => void | Promise<void>)[];
}

export class ApiServer {
  private app?: FastifyInstance;
  port = 0;

  constructor(private readonly options: ApiServerOptions) {}

  async start(): Promise<number> {
    const o = this.options;
    const app = Fastify({ logger: false });
    app.get('/healthz', async (_req, reply) =>
      o.isReady() ? reply.send({ status: 'ok' }) : reply.code(503).send({ status: 'starting' }),
    );
    app.get('/metrics', async (_req, reply) => reply.header('content-type', 'text/plain; version=0.0.4').send(o.registry.render()));
    for (const register of o.routes ?? []) await register(app);
    await app.listen({ host: o.host, port: o.port });
    this.app = app;
    const address = app.server.address();
    this.port = typeof address === 'object' && address ? address.port : o.port;
    return this.port;
  }

  async stop(): Promise<void> {
    await this.app?.close();
  }
}
