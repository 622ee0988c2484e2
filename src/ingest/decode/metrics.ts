// Metrics are accepted and acknowledged, not stored (so a Collector pipeline that includes
// metrics works against Rounds). A malformed body must still get 400 / INVALID_ARGUMENT
// (opentelemetry-proto docs/specification.md §Bad Data), so these checks walk the request
// structurally — ResourceMetrics → ScopeMetrics → Metric by length, the fields of each Metric
// by tag — and count what arrived. Data points inside a Metric are skipped by length
// (proto/ declares only Metric's name/description/unit).
import { arrayAt, field, objectAt, parseJsonBody } from './json-values.js';
import { Reader, WIRE_END_GROUP, WIRE_LEN } from './wire.js';

export interface MetricsCheck {
  resourceMetrics: number;
  metrics: number;
}

export function checkMetricsProto(body: Uint8Array): MetricsCheck {
  const r = new Reader(body);
  const out: MetricsCheck = { resourceMetrics: 0, metrics: 0 };
  // Levels: ExportMetricsServiceRequest.resource_metrics(1) → ResourceMetrics.scope_metrics(2)
  // → ScopeMetrics.metrics(2) → Metric (walked, not entered further).
  walk(r, r.length, 0, out);
  return out;
}

const DESCEND_FIELD = [1, 2, 2];
const LEVEL_NAME = ['ExportMetricsServiceRequest', 'ResourceMetrics', 'ScopeMetrics', 'Metric'];

function walk(r: Reader, end: number, level: number, out: MetricsCheck): void {
  while (r.pos < end) {
    const tag = r.tag(end);
    const f = tag >>> 3;
    const wt = tag & 7;
    if (wt === WIRE_END_GROUP) throw r.strayEndGroup(f);
    if (level < 3 && f === DESCEND_FIELD[level] && wt === WIRE_LEN) {
      const stop = r.lengthEnd(end, f);
      if (level === 0) out.resourceMetrics++;
      else if (level === 2) out.metrics++;
      walk(r, stop, level + 1, out);
    } else {
      r.skip(wt, f, end);
    }
  }
  r.expectEnd(end, LEVEL_NAME[level]);
}

export function checkMetricsJson(body: string | Uint8Array): MetricsCheck {
  const request = parseJsonBody(body, 'ExportMetricsServiceRequest');
  const out: MetricsCheck = { resourceMetrics: 0, metrics: 0 };
  const list = arrayAt(field(request, 'resourceMetrics', 'resource_metrics'), () => 'resourceMetrics');
  for (let i = 0; i < list.length; i++) {
    const rm = objectAt(list[i], () => `resourceMetrics[${i}]`);
    out.resourceMetrics++;
    if (rm === undefined) continue;
    const scopes = arrayAt(field(rm, 'scopeMetrics', 'scope_metrics'), () => `resourceMetrics[${i}].scopeMetrics`);
    for (let j = 0; j < scopes.length; j++) {
      const sm = objectAt(scopes[j], () => `resourceMetrics[${i}].scopeMetrics[${j}]`);
      if (sm !== undefined) out.metrics += arrayAt(field(sm, 'metrics'), () => `resourceMetrics[${i}].scopeMetrics[${j}].metrics`).length;
    }
  }
  return out;
}
