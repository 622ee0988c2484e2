// The zod schemas of the management API: they validate requests at run time and are turned
// into the OpenAPI document (z.toJSONSchema), so the two cannot drift apart.
import { z } from 'zod';
import { parseDuration } from '../core/duration.js';
import { SIGNATURE_STATUSES } from '../core/model.js';
import { API_ERRORS } from './errors.js';
import { STATUS_FILTERS } from '../core/ports.js';

export const statusSchema = z.enum(SIGNATURE_STATUSES);

const reason = z.string().max(1000).optional().describe('Why; recorded in the signature history');

/** `30m`, `2h`, `7d` — or a number of milliseconds. */
const durationText = z
  .union([z.string(), z.number()])
  .refine((v) => (parseDuration(v) ?? 0) > 0, { message: 'must be a duration like 30m, 2h or 7d (at most 100 years)' });

const isoTime = z.string().refine((v) => /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v)), { message: 'must be an ISO 8601 time' });

export const idParams = z.object({
  id: z.string().min(1).max(64).describe('Signature id, or a unique prefix of one'),
});

export const listQuery = z.strictObject({
  status: z
    .string()
    .refine((v) => v.split(',').every((s) => (STATUS_FILTERS as readonly string[]).includes(s.trim())), { message: `must be a comma-separated list of ${STATUS_FILTERS.join(', ')}` })
    .optional()
    .describe(`Comma-separated statuses: ${STATUS_FILTERS.join(', ')} (regressed: came back after being resolved)`),
  q: z.string().max(500).optional().describe('Free-text search: every word (or "quoted phrase") must occur, ignoring case, in the type, message, service or culprit'),
  service: z.string().min(1).optional().describe('Only this service'),
  release: z.string().min(1).optional().describe('Only signatures seen in this release (service.version)'),
  tag: z.string().min(1).optional().describe('Only signatures carrying this tag'),
  since: z
    .string()
    .refine((v) => parseDuration(v) !== undefined || (/^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v))), { message: 'must be a duration (24h) or an ISO 8601 time' })
    .optional()
    .describe('Seen since: a duration back from now (24h, 7d) or an ISO 8601 time'),
  sort: z.enum(['count', 'last', 'first']).default('last').describe('Sort key: occurrence count, last seen or first seen'),
  order: z.enum(['desc', 'asc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Page size'),
  cursor: z.string().min(1).max(512).optional().describe('`nextCursor` of the previous page'),
});

export const resolveBody = z.strictObject({
  inRelease: z.string().min(1).max(200).optional().describe('Occurrences from releases older than this do not reopen the signature'),
  reason,
});

export const muteBody = z
  .strictObject({
    for: durationText.optional().describe('Unmute after this long (e.g. 2h)'),
    until: isoTime.optional().describe('Unmute at this ISO 8601 time'),
    untilCount: z.number().int().positive().optional().describe('Unmute once this many more occurrences are counted'),
    reason,
  })
  .refine((b) => b.for === undefined || b.until === undefined, { message: 'give for or until, not both', path: ['until'] });

export const reasonBody = z.strictObject({ reason });

export const mergeBody = z.strictObject({
  source: z.string().min(1).max(64).describe('Id (or unique prefix) of the signature merged into / split from this one'),
  reason,
});

export const tagsBody = z
  .strictObject({
    add: z.array(z.string()).max(50).default([]),
    remove: z.array(z.string()).max(50).default([]),
    reason,
  })
  .refine((b) => b.add.length + b.remove.length > 0, { message: 'give at least one tag to add or remove', path: ['add'] });

export const webhookBody = z
  .strictObject({
    trace_id: z.string().regex(/^[0-9a-fA-F]{32}$/, 'must be 32 hex digits').optional().describe('W3C trace id of a failing request'),
    service: z.string().min(1).max(256).optional().describe('service.name of the failing service'),
    error_type: z.string().min(1).max(512).optional().describe('Exception type (or log severity) of the error'),
    timestamp: z
      .union([z.number().positive(), isoTime])
      .optional()
      .describe('When the alert fired: ISO 8601, or epoch seconds / milliseconds'),
  })
  .superRefine((b, ctx) => {
    if (b.trace_id === undefined && (b.service === undefined || b.error_type === undefined)) {
      ctx.addIssue({ code: 'custom', path: [b.service === undefined ? 'trace_id' : 'error_type'], message: 'give trace_id, or service and error_type' });
    }
  });

// ---- responses (documentation; the handlers build them from the views) ----

export const listItem = z.object({
  id: z.string(),
  fingerprint: z.string(),
  status: statusSchema,
  regressed: z.boolean(),
  service: z.string(),
  type: z.string(),
  message: z.string(),
  count: z.number().int(),
  firstSeen: z.string().describe('ISO 8601'),
  lastSeen: z.string().describe('ISO 8601'),
});

export const listResponse = z.object({
  items: z.array(listItem),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null at the end. A selective filter may return a short page with a cursor.'),
});

const diagnosis = z.object({
  rootCause: z.string(),
  evidence: z.array(z.string()),
  suggestedFix: z.string(),
  confidence: z.number(),
  model: z.string(),
  costUsd: z.number(),
  createdMs: z.number().optional(),
  fallbackReason: z.string().optional(),
  causeKind: z.string().optional().describe("The offline diagnoser's cause kind (docs/diagnosis.md)"),
});

export const signatureDetail = listItem.extend({
  algorithm: z.string(),
  aliases: z.array(z.string()),
  releases: z.array(z.string()),
  environments: z.array(z.string()),
  tags: z.array(z.string()),
  culprit: z.string().optional(),
  mergedInto: z.string().optional().describe('Set on a signature merged into another'),
  regression: z.object({ at: z.string(), release: z.string().optional(), resolvedAt: z.string().optional(), resolvedInRelease: z.string().optional() }).optional(),
  resolution: z.object({ at: z.string(), inRelease: z.string().optional() }).optional(),
  mute: z.object({ until: z.string().optional(), untilCount: z.number().optional() }).optional(),
  diagnosis: diagnosis.nullable(),
  history: z.array(z.object({ at: z.string(), actor: z.string(), action: z.string(), from: statusSchema.optional(), to: statusSchema.optional(), reason: z.string().optional() })),
  occurrences: z.array(z.looseObject({ time: z.string() })),
  mergedFrom: z.array(z.string()).optional().describe('Signatures merged into this one: their counts are in its count, timeline and releases'),
  releaseCounts: z.array(z.object({ release: z.string(), count: z.number() })).optional().describe('Occurrences per release (service.version), from counters'),
}).loose();

export const mergeResponse = z.object({ target: signatureDetail, source: signatureDetail });

export const queuedResponse = z.object({
  signatureId: z.string(),
  signatureIds: z.array(z.string()).describe('Every signature queued (several when a trace carries several)'),
  queued: z.literal(true),
});

export const statsResponse = z.looseObject({
  signatures: z.object({ total: z.number(), byStatus: z.record(z.string(), z.number()), regressed: z.number(), merged: z.number() }),
  events: z.object({ total: z.number(), lastHour: z.number(), lastDay: z.number() }),
  investigationsQueued: z.number(),
  dataDir: z.object({ path: z.string(), bytesOnDisk: z.number(), bytesUsed: z.number() }),
});

export const errorResponse = z.object({
  error: z.object({ code: z.enum(Object.keys(API_ERRORS) as [keyof typeof API_ERRORS, ...(keyof typeof API_ERRORS)[]]), message: z.string() }),
});
