// The healthy-traffic baseline read by the selective reader: per resource, how many spans were
// healthy and which locating values they carried — resource attributes once, span attributes
// only for the counted keys — while errors are decoded as before.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keySelection } from '../../../src/core/attribute-stats.js';
import { decodeTracesProto } from '../../../src/ingest/decode/index.js';
import { encodeTraceRequest } from '../../helpers/otlp-requests.js';

const str = (key: string, value: string) => ({ key, value: { stringValue: value } });
const span = (route: string, tenant: string, error = false) => ({
  traceId: randomBytes(16),
  spanId: randomBytes(8),
  name: `GET ${route}`,
  kind: 2,
  startTimeUnixNano: '1700000000000000000',
  endTimeUnixNano: '1700000000005000000',
  attributes: [str('http.route', route), str('tenant.id', tenant), str('http.user_agent', 'x'.repeat(300)), str('url.path', '/items/42')],
  ...(error ? { events: [{ timeUnixNano: '1700000000005000000', name: 'exception', attributes: [str('exception.type', 'Error'), str('exception.message', 'boom')] }] } : {}),
  status: error ? { code: 2, message: 'boom' } : { code: 1 },
});

const body = encodeTraceRequest({
  resourceSpans: [
    {
      resource: { attributes: [str('service.name', 'orders'), str('service.version', '8.2.0'), str('host.name', 'orders-1'), str('cloud.availability_zone', 'eu-west-1a')] },
      scopeSpans: [{ scope: { name: 't' }, spans: [span('/a', 'blue'), span('/a', 'green'), span('/b', 'blue'), span('/b', 'blue', true)] }],
    },
    { resource: { attributes: [str('service.name', 'orders'), str('host.name', 'orders-2')] }, scopeSpans: [{ scope: { name: 't' }, spans: [span('/a', 'blue')] }] },
  ],
});

describe('healthy-span counting in the selective reader', () => {
  it('counts healthy spans per resource with resource and counted span attributes', () => {
    const out = decodeTracesProto(body, { healthyKeys: keySelection() });
    expect(out.events).toHaveLength(1);
    expect(out.healthy).toHaveLength(2);
    const [first, second] = out.healthy!;
    expect(first).toMatchObject({ service: 'orders', count: 3 });
    const facts = Object.fromEntries(first.facts.map(([k, v, n]) => [`${k}=${v}`, n]));
    expect(facts).toEqual({ 'host.name=orders-1': 3, 'cloud.availability_zone=eu-west-1a': 3, 'service.version=8.2.0': 3, 'http.route=/a': 2, 'http.route=/b': 1, 'tenant.id=blue': 2, 'tenant.id=green': 1 });
    expect(second).toMatchObject({ service: 'orders', count: 1 });
  });

  it('counts nothing when not asked, and decodes the same errors', () => {
    const plain = decodeTracesProto(body);
    expect(plain.healthy).toBeUndefined();
    expect(plain.events.map((e) => e.exception?.message)).toEqual(decodeTracesProto(body, { healthyKeys: keySelection() }).events.map((e) => e.exception?.message));
  });
});
