// Reports POSTed as JSON to a URL (chat bridges, incident tools, your own service).
//
// Authenticity: `X-Rounds-Signature: sha256=<hex HMAC-SHA256 of the raw body>` with
// NOTIFICATION_WEBHOOK_SECRET, the scheme GitHub uses for its webhooks, so receivers verify it
// over the exact bytes received (constant-time compare). `X-Rounds-Timestamp` (Unix seconds) is
// also inside the signed body as `sentAt`, so a receiver can reject replays of old deliveries.
import { createHmac } from 'node:crypto';
import { failed, ok, retryable, type BacklogReport, type Clock, type Notifier, type Outcome, type Report } from '../../core/ports.js';
import { defaultRedactor, type Redactor } from '../../core/redact.js';
import { retryAfterMs } from '../resilience/retry-after.js';
import { backlogTitle, redactBacklog, reportTitle, redactReport } from './format.js';
import { requireSettings } from '../../settings/extension.js';
import { optionalString, url } from '../../settings/fields.js';
import type { NotifierExtension } from './registry.js';

export interface WebhookNotifierOptions {
  /** NOTIFICATION_WEBHOOK_URL. */
  url: string;
  /** NOTIFICATION_WEBHOOK_SECRET; without it no signature header is sent. */
  secret?: string;
  /** Default 10 s. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  clock?: Clock;
  /** Applied to the whole payload object. Default: the built-in rules. */
  redactor?: Redactor;
}

export function signBody(secret: string, rawBody: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

export class WebhookNotifier implements Notifier {
  readonly name = 'webhook';
  private readonly fetch: typeof fetch;
  private readonly clock: Clock;
  private readonly redactDeep: <T>(value: T) => T;
  private readonly redact: (text: string) => string;
  /** The URL without credentials (fetch refuses URLs that carry them). */
  private readonly target: string;
  private readonly authorization?: string;

  constructor(private readonly options: WebhookNotifierOptions) {
    // `https://user:pass@host/hook` is a common way to configure Basic auth for a receiver:
    // move the credentials into an Authorization header.
    const url = new URL(options.url);
    if (url.username || url.password) {
      this.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
      url.username = '';
      url.password = '';
    }
    this.target = url.toString();
    this.fetch = options.fetch ?? globalThis.fetch;
    this.clock = options.clock ?? { now: () => Date.now() };
    this.redactDeep = (options.redactor ?? defaultRedactor).redactDeep;
    this.redact = (options.redactor ?? defaultRedactor).redact;
  }

  /** The JSON document sent (before signing). Stable field names: receivers depend on them. */
  payload(original: Report, nowMs: number) {
    // Texts are redacted before the title is cut from them; redactDeep then covers the rest.
    const report = redactReport(original, this.redact);
    const s = report.signature;
    return this.redactDeep({
      type: 'rounds.report',
      kind: report.kind,
      sentAt: Math.floor(nowMs / 1000),
      title: reportTitle(report),
      signature: {
        id: s.id,
        fingerprint: s.fingerprint,
        service: s.service,
        type: s.type,
        message: s.message,
        culprit: s.culprit,
        status: s.status,
        regressed: s.regressed,
        count: s.count,
        firstSeenMs: s.firstSeenMs,
        lastSeenMs: s.lastSeenMs,
        releases: s.releases,
        environments: s.environments,
      },
      diagnosis: report.diagnosis,
      evidence: {
        trend: report.evidence.trend,
        concentrations: report.evidence.concentrations,
        release: report.evidence.release,
        traceId: report.evidence.trace?.traceId,
        topInAppFrame: report.evidence.topInAppFrame,
      },
    });
  }

  /** The JSON document of a backlog summary: `kind: "shed"`, no signature, a `backlog` object. */
  backlogPayload(original: BacklogReport, nowMs: number) {
    const report = redactBacklog(original, this.redact);
    return this.redactDeep({
      type: 'rounds.report',
      kind: report.kind,
      sentAt: Math.floor(nowMs / 1000),
      title: backlogTitle(report),
      backlog: {
        shed: report.shed,
        sinceMs: report.sinceMs,
        atMs: report.atMs,
        queued: report.queued,
        kept: report.kept,
        byService: report.byService.map(([name, count]) => ({ name, count })),
        byType: report.byType.map(([name, count]) => ({ name, count })),
        examples: report.examples,
        ask: 'rounds diagnose <id>',
      },
    });
  }

  async notify(report: Report): Promise<Outcome<{ location?: string }>> {
    const now = this.clock.now();
    return this.post(report.kind, JSON.stringify(this.payload(report, now)), now);
  }

  async notifyBacklog(report: BacklogReport): Promise<Outcome<{ location?: string }>> {
    const now = this.clock.now();
    return this.post(report.kind, JSON.stringify(this.backlogPayload(report, now)), now);
  }

  private async post(kind: string, raw: string, now: number): Promise<Outcome<{ location?: string }>> {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'User-Agent': 'rounds-error-diagnosis',
      'X-Rounds-Timestamp': String(Math.floor(now / 1000)),
      'X-Rounds-Event': `report.${kind}`,
    };
    if (this.options.secret) headers['X-Rounds-Signature'] = signBody(this.options.secret, raw);
    if (this.authorization) headers.Authorization = this.authorization;

    let res: Response;
    try {
      res = await this.fetch(this.target, { method: 'POST', headers, body: raw, signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000) });
      // Drain the body so the connection can be reused.
      await res.arrayBuffer().catch(() => undefined);
    } catch (err) {
      const e = err as Error;
      const why = e.name === 'TimeoutError' ? `timed out after ${this.options.timeoutMs ?? 10_000} ms` : `${e.message}${e.cause instanceof Error ? `: ${e.cause.message}` : ''}`;
      // Error texts can quote the URL; it passes redaction like everything else that leaves.
      return retryable(this.redactDeep(`webhook ${why}`), 30_000);
    }
    if (res.ok) return ok({ location: this.target });
    if (res.status === 429 || res.status === 408 || res.status >= 500) return retryable(`webhook answered ${res.status}`, retryAfterMs(res.headers, now) ?? 30_000);
    return failed(`webhook answered ${res.status}`);
  }
}

const settings = { NOTIFICATION_WEBHOOK_URL: url, NOTIFICATION_WEBHOOK_SECRET: optionalString };

/** NOTIFICATION_BACKEND=webhook (docs/architecture.md, "Extensions"). */
export const webhookExtension = {
  name: 'webhook',
  settings,
  check: requireSettings<typeof settings>('NOTIFICATION_BACKEND includes webhook', ['NOTIFICATION_WEBHOOK_URL']),
  create: (s, deps) => new WebhookNotifier({ url: s.NOTIFICATION_WEBHOOK_URL!, secret: s.NOTIFICATION_WEBHOOK_SECRET, timeoutMs: s.BACKEND_TIMEOUT, clock: deps.clock, redactor: deps.redactor }),
} satisfies NotifierExtension<'webhook', typeof settings>;
