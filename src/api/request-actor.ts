// Who a management-API request acts as; the lifecycle routes record it in the signature's
// history. A client presenting the API key is `api`; another credential (the web console's
// session) names its own actor, e.g. `web:<name>`.
import type { FastifyRequest } from 'fastify';

const DEFAULT_ACTOR = 'api';
const actors = new WeakMap<FastifyRequest, string>();

export function setRequestActor(request: FastifyRequest, actor: string): void {
  actors.set(request, actor);
}

export function requestActor(request: FastifyRequest): string {
  return actors.get(request) ?? DEFAULT_ACTOR;
}
