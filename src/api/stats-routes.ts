// GET /api/stats: signatures by status, event totals, queue length, data dir size.
import type { ApiContext } from './context.js';
import { defineRoute, type RouteSpec } from './route-spec.js';
import { statsResponse } from './schemas.js';

export function statsRoutes(ctx: ApiContext): RouteSpec[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/stats',
      operationId: 'getStats',
      tag: 'stats',
      summary: 'Signature counts by status, events in the last hour and day, data dir size',
      response: { status: 200, description: 'Store statistics', schema: statsResponse },
      errors: ['UNAUTHORIZED'],
      handler: async () => ({ status: 200, body: await ctx.store.storeStats(ctx.clock.now()) }),
    }),
  ];
}
