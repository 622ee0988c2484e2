// The API port: health, Prometheus metrics, and the management routes that are registered
// into it (signatures, stats, /diagnose, OpenAPI).
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Registry } from '../observability/metrics.js';

export interface ApiServerOptions {
  host: string;
  port: number;
  registry: Registry;
  /** What keeps Rounds from taking exports now (empty when ready): starting, shutting down, … */
  notReady: () => string[];
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
    // Kubernetes-style probes: /livez answers while the process can answer at all (restart
    // it when this fails); /readyz says whether exports should be sent here now, and what is
    // not ready. /healthz is the ready check under its older name.
    const ready = async (_req: unknown, reply: FastifyReply) => {
      const waiting = o.notReady();
      return waiting.length === 0 ? reply.send({ status: 'ok' }) : reply.code(503).send({ status: 'not ready', waiting });
    };
    app.get('/livez', async (_req, reply) => reply.send({ status: 'ok' }));
    app.get('/readyz', ready);
    app.get('/healthz', ready);
    app.get('/metrics', async (_req, reply) => reply.header('content-type', o.registry.contentType).send(await o.registry.render()));
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
