// One table describes each route: method, path, schemas, answers and handler. The same entry
// registers the fastify route (with zod validation) and becomes its OpenAPI operation.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApiError, type ApiErrorCode } from './errors.js';

export interface Answer {
  status: number;
  body: unknown;
}

export interface RouteSpec {
  method: 'GET' | 'POST';
  /** fastify syntax: `/api/signatures/:id`. */
  url: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: { status: number; description: string; schema: z.ZodType };
  errors: ApiErrorCode[];
  handler(input: { params: any; query: any; body: any; request: FastifyRequest }): Promise<Answer> | Answer;
}

/** Typed at the definition site: the handler sees the parsed shapes of its own schemas. */
export function defineRoute<P extends z.ZodObject | undefined = undefined, Q extends z.ZodObject | undefined = undefined, B extends z.ZodType | undefined = undefined>(
  spec: Omit<RouteSpec, 'handler' | 'params' | 'query' | 'body'> & {
    params?: P;
    query?: Q;
    body?: B;
    handler(input: {
      params: P extends z.ZodObject ? z.output<P> : undefined;
      query: Q extends z.ZodObject ? z.output<Q> : undefined;
      body: B extends z.ZodType ? z.output<B> : undefined;
      request: FastifyRequest;
    }): Promise<Answer> | Answer;
  },
): RouteSpec {
  return spec as RouteSpec;
}

/**
 * Parses one part of the request; the first issue becomes a 400 that names the field. Objects
 * are strict: a field or parameter the route does not know is refused by name, never ignored
 * (`mute {"duration": "2h"}` would otherwise mute for good).
 */
export function validate<T extends z.ZodType>(schema: T, value: unknown, where: 'path' | 'query' | 'body'): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [where, ...issue.path.map(String)].join('.');
  if (issue.code === 'unrecognized_keys') {
    const what = where === 'query' ? 'parameter' : 'field';
    const known = 'shape' in schema ? Object.keys((schema as unknown as z.ZodObject).shape) : [];
    const names = issue.keys.map((k) => JSON.stringify(k)).join(', ');
    throw new ApiError('INVALID_REQUEST', `${field}: unknown ${what}${issue.keys.length > 1 ? 's' : ''} ${names}${known.length ? ` (known: ${known.join(', ')})` : ''}`);
  }
  throw new ApiError('INVALID_REQUEST', `${field}: ${issue.message}`);
}

/** What a route without query parameters accepts: none. */
const NO_QUERY = z.strictObject({});

export function registerRoute(app: FastifyInstance, spec: RouteSpec, bodyLimit: number): void {
  app.route({
    method: spec.method,
    url: spec.url,
    bodyLimit,
    handler: async (request, reply) => {
      const params = spec.params ? validate(spec.params, request.params, 'path') : undefined;
      const query = spec.query ? validate(spec.query, request.query, 'query') : void validate(NO_QUERY, request.query ?? {}, 'query');
      if (request.body !== undefined && !/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
        throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'send the body as application/json');
      }
      // A POST without a body is an empty object: every action's fields are optional.
      const body = spec.body ? validate(spec.body, request.body ?? {}, 'body') : undefined;
      const answer = await spec.handler({ params, query, body, request });
      return reply.code(answer.status).send(answer.body);
    },
  });
}
