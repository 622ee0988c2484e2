// POST /diagnose: the webhook alert systems call (Alertmanager, Grafana, PagerDuty rules).
// It finds the signature behind an alert — by trace id through the trace index, else by
// service and error type among recently seen signatures — and queues it for investigation
// ahead of everything else. The body is small and flat so any alerting template can fill it.
import { isSilenced } from '../core/lifecycle.js';
import type { Signature } from '../core/model.js';
import { ApiError } from './errors.js';
import type { ApiContext } from './context.js';
import { defineRoute, type RouteSpec } from './route-spec.js';
import { queuedResponse, webhookBody } from './schemas.js';

/** Signatures of one trace queued at most; a trace rarely carries more distinct failures. */
const MAX_QUEUED = 5;
/** Recently seen signatures searched by service + type, newest first. */
const MAX_SCAN = 20_000;
/** An alert refers to errors shortly before it fired. */
const ALERT_LOOKBACK_MS = 3_600_000;

function alertTimeMs(timestamp: string | number | undefined): number | undefined {
  if (timestamp === undefined) return undefined;
  if (typeof timestamp === 'number') return timestamp < 1e12 ? timestamp * 1000 : timestamp; // epoch seconds or ms
  return Date.parse(timestamp);
}

/** `TimeoutError` matches `requests.exceptions.TimeoutError` and the other way round. */
function sameType(a: string, b: string): boolean {
  if (a === b) return true;
  const tail = (long: string, short: string) => long.endsWith(short) && /[.:$/\\]/.test(long[long.length - short.length - 1] ?? '');
  return tail(a, b) || tail(b, a);
}

export function diagnoseWebhookRoutes(ctx: ApiContext): RouteSpec[] {
  const { store, actions } = ctx;

  const live = async (id: string): Promise<Signature | undefined> => {
    let sig = await store.getSignature(id);
    for (let hops = 0; sig?.mergedInto && hops < 8; hops++) sig = await store.getSignature(sig.mergedInto);
    return sig;
  };

  async function byTrace(traceId: string, service?: string, type?: string): Promise<Signature[]> {
    const found = new Map<string, Signature>();
    for (const id of await store.signaturesInTrace(traceId, ctx.clock.now())) {
      const sig = await live(id);
      if (sig) found.set(sig.id, sig);
    }
    if (found.size === 0 && ctx.resolveUnknownTrace) {
      const id = await ctx.resolveUnknownTrace(traceId);
      const sig = id === undefined ? undefined : await live(id);
      if (sig) found.set(sig.id, sig);
    }
    const all = [...found.values()].sort((a, b) => b.lastSeenMs - a.lastSeenMs);
    // The alert's service / type narrow a trace that carries several signatures.
    const narrowed = all.filter((sig) => (service === undefined || sig.service === service) && (type === undefined || sameType(sig.type, type)));
    return narrowed.length ? narrowed : all;
  }

  /** The most recently seen signature of the service whose type matches, among the last MAX_SCAN seen. */
  async function byServiceAndType(service: string, type: string, atMs: number | undefined): Promise<Signature | undefined> {
    const page = await store.listSignatures({ sort: 'last', service, sinceMs: atMs === undefined ? undefined : atMs - ALERT_LOOKBACK_MS, limit: MAX_SCAN, maxScan: MAX_SCAN });
    return page.items.find((sig) => sameType(sig.type, type));
  }

  return [
    defineRoute({
      method: 'POST',
      url: '/diagnose',
      operationId: 'diagnoseFromAlert',
      tag: 'webhook',
      summary: 'Webhook for alert systems: queue the investigation of the signature behind an alert',
      description:
        'Give `trace_id` (the signatures that occurred in that trace in the last 48 hours; service and error_type narrow them), or `service` and `error_type` (the most recently seen matching signature; with `timestamp`, one seen within the hour before it). Answers 202 with the queued signature id(s).',
      body: webhookBody,
      response: { status: 202, description: 'Queued ahead of other investigations', schema: queuedResponse },
      errors: ['INVALID_REQUEST', 'INVALID_JSON', 'UNAUTHORIZED', 'NO_MATCHING_SIGNATURE', 'INVALID_TRANSITION'],
      handler: async ({ body }) => {
        const atMs = alertTimeMs(body.timestamp);
        const traceId = body.trace_id?.toLowerCase();
        let matches: Signature[] = traceId ? await byTrace(traceId, body.service, body.error_type) : [];
        if (matches.length === 0 && body.service !== undefined && body.error_type !== undefined) {
          const sig = await byServiceAndType(body.service, body.error_type, atMs);
          if (sig) matches = [sig];
        }
        if (matches.length === 0) {
          const what = [traceId ? `trace ${traceId} (last 48 hours)` : '', body.service !== undefined && body.error_type !== undefined ? `service "${body.service}" with error type "${body.error_type}"` : '']
            .filter(Boolean)
            .join(' or ');
          throw new ApiError('NO_MATCHING_SIGNATURE', `no signature matches ${what}`);
        }
        // Muted and resolved signatures are not investigated: an alert about one is answered
        // with the reason instead of being queued for nothing.
        const open = matches.filter((sig) => !isSilenced(sig));
        if (open.length === 0) {
          throw new ApiError('INVALID_TRANSITION', `signature ${matches[0].id} matches but is ${matches[0].status} and is not investigated`);
        }
        const queued = open.slice(0, MAX_QUEUED);
        const reason = traceId ? `alert for trace ${traceId}` : `alert for ${body.service} ${body.error_type}`;
        for (const sig of queued) await actions.requestDiagnosis(sig.id, { actor: 'webhook', reason });
        return { status: 202, body: { signatureId: queued[0].id, signatureIds: queued.map((s) => s.id), queued: true } };
      },
    }),
  ];
}
