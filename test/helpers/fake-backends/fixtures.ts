// The example payloads of backends.md (§1–4), verbatim, for the fakes to serve. They describe
// one failure seen everywhere: trace 4bf92f3577b34da6a3ce929d0e0e4736, checkout's POST /checkout
// failing at 2024-06-10T06:13:20Z because postgres refused the connection.

export const FIXTURE_TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
export const FIXTURE_SPAN_ID = '00f067aa0ba902b7';
/** 2024-06-10T06:13:20Z, the start of the fixture trace. */
export const FIXTURE_TIME_MS = 1718000000000;

export const jaegerFixtureTrace = {
  traceID: '4bf92f3577b34da6a3ce929d0e0e4736',
  spans: [
    {
      traceID: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanID: '00f067aa0ba902b7',
      operationName: 'POST /checkout',
      startTime: 1718000000000000,
      duration: 250000,
      processID: 'p1',
      tags: [
        { key: 'http.status_code', type: 'int64', value: 500 },
        { key: 'error', type: 'bool', value: true },
        { key: 'otel.status_code', type: 'string', value: 'ERROR' },
      ],
      logs: [
        {
          timestamp: 1718000000200000,
          fields: [
            { key: 'event', type: 'string', value: 'exception' },
            { key: 'exception.message', type: 'string', value: 'dial tcp 10.0.0.5:5432: connection refused' },
          ],
        },
      ],
    },
    {
      traceID: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanID: 'b7ad6b7169203331',
      operationName: 'SELECT orders',
      references: [{ refType: 'CHILD_OF', traceID: '4bf92f3577b34da6a3ce929d0e0e4736', spanID: '00f067aa0ba902b7' }],
      startTime: 1718000000010000,
      duration: 180000,
      processID: 'p2',
      tags: [{ key: 'db.system', type: 'string', value: 'postgresql' }],
    },
  ],
  processes: {
    p1: { serviceName: 'checkout', tags: [{ key: 'hostname', type: 'string', value: 'checkout-7d9' }] },
    p2: { serviceName: 'postgres' },
  },
};

export type JaegerTraceFixture = typeof jaegerFixtureTrace;

export const tempoFixtureTrace = {
  batches: [
    {
      resource: { attributes: [{ key: 'service.name', value: { stringValue: 'checkout' } }] },
      scopeSpans: [
        {
          scope: { name: 'io.opentelemetry.http' },
          spans: [
            {
              traceId: 'S/kvNXezTaajzpKdDg5HNg==',
              spanId: 'APBnqgupArc=',
              name: 'POST /checkout',
              kind: 'SPAN_KIND_SERVER',
              startTimeUnixNano: '1718000000000000000',
              endTimeUnixNano: '1718000000250000000',
              attributes: [{ key: 'http.status_code', value: { intValue: '500' } }],
              events: [
                {
                  timeUnixNano: '1718000000200000000',
                  name: 'exception',
                  attributes: [{ key: 'exception.message', value: { stringValue: 'connection refused' } }],
                },
              ],
              status: { code: 'STATUS_CODE_ERROR', message: 'connection refused' },
            },
          ],
        },
      ],
    },
  ],
};

/** Tempo's search example (docs): a different trace, hex ids. */
export const tempoSearchFixture = {
  traces: [
    {
      traceID: '2f3e0cee77ae5dc9c17ade3689eb2e54',
      rootServiceName: 'shop-backend',
      rootTraceName: 'update-billing',
      startTimeUnixNano: '1684778327699392724',
      durationMs: 557,
      spanSets: [
        {
          spans: [
            {
              spanID: '563d623c76514f8e',
              startTimeUnixNano: '1684778327735077898',
              durationNanos: '446979497',
              attributes: [{ key: 'status', value: { stringValue: 'error' } }],
            },
          ],
          matched: 1,
        },
      ],
    },
  ],
  metrics: { inspectedBytes: '3811736', totalBlocks: 13 },
};

export const lokiFixtureStreams = [
  {
    stream: { service_name: 'checkout', level: 'error' },
    values: [
      ['1718000000200000000', 'ERROR payment failed trace_id=4bf92f3577b34da6a3ce929d0e0e4736 err=connection refused'],
      ['1718000000100000000', 'WARN retrying db connect'],
    ] as [string, string][],
  },
];

/** Prometheus's query_range example: values are strings, times float seconds. */
export const prometheusFixtureMatrix = [
  {
    metric: { __name__: 'up', job: 'node' },
    values: [
      [1435781430.781, '1'],
      [1435781445.781, '0'],
    ] as [number, string][],
  },
];

export const signozFixtureSpanRow = {
  timestamp: '2024-06-10T06:13:20.2Z',
  data: {
    trace_id: '4bf92f3577b34da6a3ce929d0e0e4736',
    span_id: '00f067aa0ba902b7',
    name: 'POST /checkout',
    'service.name': 'checkout',
    duration_nano: 250000000,
    has_error: true,
    response_status_code: '500',
  },
};

/** A log row with the fields backends.md lists for SigNoz logs. */
export const signozFixtureLogRow = {
  timestamp: '2024-06-10T06:13:20.2Z',
  data: {
    body: 'payment failed: dial tcp 10.0.0.5:5432: connection refused',
    severity_text: 'ERROR',
    trace_id: '4bf92f3577b34da6a3ce929d0e0e4736',
    span_id: '00f067aa0ba902b7',
    resources_string: { 'service.name': 'checkout', 'host.name': 'checkout-7d9' },
    attributes_string: { 'db.system': 'postgresql' },
    attributes_number: { attempt: 3 },
  },
};
