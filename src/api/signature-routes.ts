// GET /api/signatures (filters, sort, cursor pagination), GET /api/signatures/:id and the
// lifecycle actions POST /api/signatures/:id/{resolve,mute,unmute,reset,tags,diagnose,merge,split}.
import { buildReport } from '../cli/signature-report.js';
import { toDetail, toListItem } from '../cli/views.js';
import { parseDuration } from '../core/duration.js';
import type { SignatureStatus } from '../core/model.js';
import { parseTextSearch } from '../core/text-search.js';
import type { ApiContext } from './context.js';
import { requestActor } from './request-actor.js';
import { defineRoute, type RouteSpec } from './route-spec.js';
import * as s from './schemas.js';

/** Index rows one page may read; a selective filter returns a short page with a cursor. */
const MAX_SCAN_PER_PAGE = 5000;

function sinceMs(since: string | undefined, nowMs: number): number | undefined {
  if (since === undefined) return undefined;
  const ms = parseDuration(since);
  return ms !== undefined ? nowMs - ms : Date.parse(since);
}

export function signatureRoutes(ctx: ApiContext): RouteSpec[] {
  const { store, actions } = ctx;
  const by = (request: Parameters<typeof requestActor>[0], reason?: string) => ({ actor: requestActor(request), reason });
  const detail = (sig: Parameters<typeof toDetail>[0]) => toDetail(sig, []);
  const lookupErrors = ['INVALID_REQUEST', 'SIGNATURE_NOT_FOUND', 'AMBIGUOUS_ID', 'UNAUTHORIZED'] as const;

  return [
    defineRoute({
      method: 'GET',
      url: '/api/signatures',
      operationId: 'listSignatures',
      tag: 'signatures',
      summary: 'List signatures, filtered and sorted, a page at a time',
      description: `Walks a sort index from the cursor, so a page costs the rows it reads. A page reads at most ${MAX_SCAN_PER_PAGE} index rows: with a selective filter it can hold fewer than \`limit\` items (even none) while \`nextCursor\` is not null.`,
      query: s.listQuery,
      response: { status: 200, description: 'One page', schema: s.listResponse },
      errors: ['INVALID_REQUEST', 'INVALID_CURSOR', 'UNAUTHORIZED'],
      handler: async ({ query }) => {
        const page = await store.listSignatures({
          sort: query.sort,
          ascending: query.order === 'asc',
          limit: query.limit,
          cursor: query.cursor,
          status: query.status?.split(',').map((x) => x.trim() as SignatureStatus),
          service: query.service,
          release: query.release,
          tag: query.tag,
          search: query.q === undefined ? undefined : parseTextSearch(query.q),
          sinceMs: sinceMs(query.since, ctx.clock.now()),
          maxScan: MAX_SCAN_PER_PAGE,
        });
        return { status: 200, body: { items: page.items.map(toListItem), nextCursor: page.nextCursor ?? null } };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/signatures/:id',
      operationId: 'getSignature',
      tag: 'signatures',
      summary: 'One signature with its diagnosis, samples, timeline and standout attribute values',
      params: s.idParams,
      response: { status: 200, description: 'The signature', schema: s.signatureDetail },
      errors: [...lookupErrors],
      handler: async ({ params }) => ({ status: 200, body: await buildReport(store, await store.requireSignature(params.id), ctx.clock.now()) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/signatures/:id/resolve',
      operationId: 'resolveSignature',
      tag: 'lifecycle',
      summary: 'Resolve (optionally in a release); a later occurrence reopens it as regressed',
      params: s.idParams,
      body: s.resolveBody,
      response: { status: 200, description: 'The resolved signature', schema: s.signatureDetail },
      errors: [...lookupErrors, 'INVALID_TRANSITION'],
      handler: async ({ params, body, request }) => ({ status: 200, body: detail(await actions.resolve(params.id, by(request, body.reason), body.inRelease)) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/signatures/:id/mute',
      operationId: 'muteSignature',
      tag: 'lifecycle',
      summary: 'Mute: for a duration, until a time, and/or until N more occurrences; for good without a condition',
      params: s.idParams,
      body: s.muteBody,
      response: { status: 200, description: 'The muted signature', schema: s.signatureDetail },
      errors: [...lookupErrors, 'INVALID_TRANSITION'],
      handler: async ({ params, body, request }) => {
        const sig = await actions.mute(params.id, by(request, body.reason), {
          forMs: body.for !== undefined ? parseDuration(body.for) : undefined,
          untilMs: body.until !== undefined ? Date.parse(body.until) : undefined,
          countGrowth: body.untilCount,
        });
        return { status: 200, body: detail(sig) };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/signatures/:id/unmute',
      operationId: 'unmuteSignature',
      tag: 'lifecycle',
      summary: 'Unmute (back to new, or diagnosed when it has a diagnosis)',
      params: s.idParams,
      body: s.reasonBody,
      response: { status: 200, description: 'The signature', schema: s.signatureDetail },
      errors: [...lookupErrors, 'INVALID_TRANSITION'],
      handler: async ({ params, body, request }) => ({ status: 200, body: detail(await actions.unmute(params.id, by(request, body.reason))) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/signatures/:id/reset',
      operationId: 'resetSignature',
      tag: 'lifecycle',
      summary: 'Back to new: clears diagnosis, resolution, mute and regression',
      params: s.idParams,
      body: s.reasonBody,
      response: { status: 200, description: 'The signature', schema: s.signatureDetail },
      errors: [...lookupErrors, 'INVALID_TRANSITION'],
      handler: async ({ params, body, request }) => ({ status: 200, body: detail(await actions.reset(params.id, by(request, body.reason))) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/signatures/:id/tags',
      operationId: 'tagSignature',
      tag: 'lifecycle',
      summary: 'Add and remove tags',
      params: s.idParams,
      body: s.tagsBody,
      response: { status: 200, description: 'The signature', schema: s.signatureDetail },
      errors: [...lookupErrors, 'INVALID_TRANSITION'],
      handler: async ({ params, body, request }) => ({ status: 200, body: detail(await actions.tag(params.id, by(request, body.reason), body.add, body.remove)) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/signatures/:id/diagnose',
      operationId: 'diagnoseSignature',
      tag: 'lifecycle',
      summary: 'Queue an investigation ahead of everything else',
      params: s.idParams,
      body: s.reasonBody,
      response: { status: 202, description: 'Queued', schema: s.queuedResponse },
      errors: [...lookupErrors, 'INVALID_TRANSITION'],
      handler: async ({ params, body, request }) => {
        const sig = await actions.requestDiagnosis(params.id, by(request, body.reason));
        return { status: 202, body: { signatureId: sig.id, signatureIds: [sig.id], queued: true } };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/signatures/:id/merge',
      operationId: 'mergeSignature',
      tag: 'lifecycle',
      summary: 'Merge `source` into this signature: its fingerprints become aliases of this one',
      params: s.idParams,
      body: s.mergeBody,
      response: { status: 200, description: 'Both signatures after the merge', schema: s.mergeResponse },
      errors: [...lookupErrors, 'INVALID_TRANSITION'],
      handler: async ({ params, body, request }) => {
        const { target, source } = await actions.merge(params.id, body.source, by(request, body.reason));
        return { status: 200, body: { target: detail(target), source: detail(source) } };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/signatures/:id/split',
      operationId: 'splitSignature',
      tag: 'lifecycle',
      summary: 'Undo a merge: `source` gets its fingerprints back',
      params: s.idParams,
      body: s.mergeBody,
      response: { status: 200, description: 'Both signatures after the split', schema: s.mergeResponse },
      errors: [...lookupErrors, 'INVALID_TRANSITION'],
      handler: async ({ params, body, request }) => {
        const { target, source } = await actions.split(params.id, body.source, by(request, body.reason));
        return { status: 200, body: { target: detail(target), source: detail(source) } };
      },
    }),
  ];
}
