// The OpenAPI 3.1 description of the API, built from the same route table and zod schemas
// that validate requests (zod's JSON Schema output is draft 2020-12, the dialect of 3.1).
import { z } from 'zod';
import { API_ERRORS, type ApiErrorCode } from './errors.js';
import type { RouteSpec } from './route-spec.js';
import { errorResponse } from './schemas.js';

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return rest;
}

/** Request schemas are documented as clients send them (before defaults and coercion). */
function parameters(schema: z.ZodObject | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const s = jsonSchema(field as z.ZodType, 'input');
    const { description, ...rest } = s;
    return { name, in: where, required: where === 'path' || !(field as z.ZodType).safeParse(undefined).success, ...(description ? { description } : {}), schema: rest };
  });
}

const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

export function buildOpenApi(routes: RouteSpec[], options: { version: string; authRequired: boolean }): Json {
  const paths: Record<string, Record<string, Json>> = {
    '/healthz': { get: { operationId: 'health', tags: ['operations'], summary: 'Ready check, the older name of /readyz (no key needed)', security: [], responses: { 200: { description: 'Ready' }, 503: { description: 'Starting or stopping; `waiting` says what is not ready' } } } },
    '/readyz': { get: { operationId: 'readiness', tags: ['operations'], summary: 'Ready check: should exports be sent here now? (no key needed)', security: [], responses: { 200: { description: 'Ready' }, 503: { description: 'Starting or stopping; `waiting` says what is not ready' } } } },
    '/livez': { get: { operationId: 'liveness', tags: ['operations'], summary: 'Liveness check: the process answers (no key needed)', security: [], responses: { 200: { description: 'Alive' } } } },
    '/metrics': { get: { operationId: 'metrics', tags: ['operations'], summary: 'Prometheus metrics (no key needed)', security: [], responses: { 200: { description: 'Prometheus text format', content: { 'text/plain': { schema: { type: 'string' } } } } } } },
  };
  for (const route of routes) {
    const errorsByStatus = new Map<number, ApiErrorCode[]>();
    for (const code of route.errors) errorsByStatus.set(API_ERRORS[code].status, [...(errorsByStatus.get(API_ERRORS[code].status) ?? []), code]);
    const responses: Record<string, Json> = {
      [route.response.status]: { description: route.response.description, content: { 'application/json': { schema: jsonSchema(route.response.schema, 'output') } } },
    };
    for (const [status, codes] of errorsByStatus) {
      responses[status] = {
        description: codes.map((c) => `\`${c}\`: ${API_ERRORS[c].description}`).join(' '),
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    }
    const operation: Json = {
      operationId: route.operationId,
      tags: [route.tag],
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      ...(route.body ? { requestBody: { required: false, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } } : {}),
      responses,
    };
    (paths[openApiPath(route.url)] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Rounds management API',
      version: options.version,
      description: `Signatures, their lifecycle, statistics and the /diagnose webhook. Errors are \`{"error": {"code", "message"}}\` with these codes: ${Object.keys(API_ERRORS).join(', ')}.`,
    },
    paths,
    components: {
      schemas: { Error: jsonSchema(errorResponse, 'output') },
      securitySchemes: {
        apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
    // Either scheme carries the same key (WEBHOOK_API_KEY).
    security: options.authRequired ? [{ apiKey: [] }, { bearer: [] }] : [],
  };
}
