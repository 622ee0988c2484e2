import { describe, expect, it } from 'vitest';
import type { ErrorEvent } from '../../src/core/model.js';
import { eventRedactor } from '../../src/core/redact-event.js';
import { createRedactor, defaultRedactor, parseRedactPatterns } from '../../src/core/redact.js';

const SLACK = ['xo', 'xb-', '123456789012-', '1234567890123-', 'AbCdEfGhIjKlMnOpQrStUvWx'].join('');

function event(over: Partial<ErrorEvent> = {}): ErrorEvent {
  return {
    source: 'span',
    dedupeKey: 's:1:2:0',
    service: 'notifier',
    timeMs: 0,
    spanName: `POST /hooks?token=${SLACK}`,
    statusMessage: `invalid_auth for ${SLACK}`,
    exception: { type: 'SlackApiError', message: `invalid_auth for ${SLACK}`, stacktrace: `SlackApiError: invalid_auth for ${SLACK}\n    at post (/app/a.js:1:1)` },
    handled: false,
    host: 'web-1',
    release: '1.2.0',
    attributes: { 'http.request.header.authorization': 'Bearer abc', 'user.email': 'jane@example.com', 'http.response.status_code': 401 },
    resource: { 'service.name': 'notifier', 'process.command_args': ['node', 'app.js', `--slack-token=${SLACK}`] },
    ...over,
  };
}

describe('eventRedactor', () => {
  it('redacts every text of an event and leaves identity fields alone', () => {
    const out = eventRedactor(defaultRedactor)(event());
    expect(JSON.stringify(out)).not.toContain('AbCdEfGhIjKl');
    expect(out.exception?.message).toBe('invalid_auth for [REDACTED:slack_token]');
    expect(out.spanName).toBe('POST /hooks?token=[REDACTED:slack_token]');
    expect(out.attributes).toEqual({ 'http.request.header.authorization': '[REDACTED:secret]', 'user.email': '[REDACTED:email]', 'http.response.status_code': 401 });
    expect(out).toMatchObject({ service: 'notifier', host: 'web-1', release: '1.2.0', dedupeKey: 's:1:2:0' });
  });

  it('redacts a resource once for all its events, and remembers texts without changing results', () => {
    const redact = eventRedactor(createRedactor({ extraPatterns: parseRedactPatterns('ACME-\\d{4}') }));
    const resource = { 'service.name': 'notifier', 'host.name': 'ACME-1234' };
    const a = redact(event({ resource }));
    const b = redact(event({ resource, statusMessage: 'order ACME-9876' }));
    expect(a.resource).toBe(b.resource);
    expect(a.resource).toEqual({ 'service.name': 'notifier', 'host.name': '[REDACTED:custom]' });
    expect(b.statusMessage).toBe('order [REDACTED:custom]');
    expect(redact(event()).exception).toEqual(a.exception);
  });

  it('returns an event without secrets as it came, and never changes the one it was given', () => {
    const redact = eventRedactor(defaultRedactor);
    const clean = event({
      spanName: 'GET /api/orders/{id}',
      statusMessage: 'order 7 not found',
      exception: { type: 'NotFound', message: 'order 7 not found', stacktrace: 'NotFound: order 7 not found\n    at load (/app/a.js:1:1)' },
      attributes: { 'http.route': '/api/orders/{id}', 'http.response.status_code': 404 },
      resource: { 'service.name': 'shop' },
    });
    expect(redact(clean)).toBe(clean);
    const secret = event();
    const before = JSON.stringify(secret);
    const out = redact(secret);
    expect(out).not.toBe(secret);
    expect(JSON.stringify(secret)).toBe(before);
  });
});
