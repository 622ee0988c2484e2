import { describe, expect, it } from 'vitest';
import { buildEvidence, BURST_MIN_COUNT, concentrations, downstreamEvidence, exceptionChain, releaseCorrelation, statConcentrations, summarizeSeries, traceSummary, trend } from '../../src/core/evidence.js';
import type { AttributeStats, SignatureAttributeStats } from '../../src/core/attribute-stats.js';
import { SPAN_KIND_CONSUMER, SPAN_KIND_INTERNAL } from '../../src/core/span-kind.js';
import type { SpanView, TraceView } from '../../src/core/model.js';
import type { StoreContext, TraceErrorSample } from '../../src/core/ports.js';
import { occurrence, samples, signature, T0 } from '../investigate/builders.js';

const HOUR = 3_600_000;

describe('attribute concentration', () => {
  const baseline = samples(9, (i) => ({ signatureId: 'other', host: `checkout-${i % 3}`, attributes: { 'tenant.id': `t${i % 3}` } }));

  it('names the one host that holds the errors, with counts and the baseline share', () => {
    const own = samples(10, () => ({ host: 'checkout-2', attributes: { 'tenant.id': 'x' } }));
    own[0].attributes = { 'tenant.id': 't1' };
    const found = concentrations(own, baseline);
    expect(found.find((c) => c.key === 'host.name')).toMatchObject({ key: 'host.name', value: 'checkout-2', count: 10, share: 1, baselineShare: 0.33, baseline: 'samples' });
    // tenant x holds 9 of 10 and never appears in the baseline: the larger lift comes first
    expect(found[0].key).toBe('tenant.id');
    expect(found).toContainEqual(expect.objectContaining({ key: 'tenant.id', value: 'x', count: 9, share: 0.9, baselineShare: 0 }));
  });

  it('reports nothing when the errors are spread like the baseline', () => {
    const own = samples(9, (i) => ({ host: `checkout-${i % 3}` }));
    expect(concentrations(own, baseline)).toEqual([]);
  });

  it('reports nothing without a baseline to compare with (a one-host service is not a lead)', () => {
    const own = samples(10, () => ({ host: 'checkout-2' }));
    expect(concentrations(own, [])).toEqual([]);
    expect(concentrations(own, baseline.slice(0, 2))).toEqual([]);
  });

  it('ignores SDK and process attributes', () => {
    const own = samples(5, () => ({ resource: { 'telemetry.sdk.version': '9.9', 'process.pid': 42 } }));
    const base = samples(5, () => ({ resource: { 'telemetry.sdk.version': '1.0', 'process.pid': 7 } }));
    expect(concentrations(own, base)).toEqual([]);
  });
});

describe('release correlation', () => {
  it('says a release introduced the error when the service ran an older one without it', () => {
    const baseline = [occurrence({ signatureId: 'b', release: '1.4.0', timeMs: T0 - HOUR }), occurrence({ signatureId: 'b', release: '1.5.0', timeMs: T0 - 30_000 })];
    const sig = signature({ releases: ['1.5.0'], count: 40, firstSeenMs: T0 });
    const own = samples(5, () => ({ release: '1.5.0' }));
    const r = releaseCorrelation(sig, own, baseline)!;
    expect(r.introducedByRelease).toBe(true);
    expect(r.firstRelease).toBe('1.5.0');
    expect(r.releases).toEqual([{ release: '1.5.0', count: 40 }]);
    expect(r.detail).toContain('ran 1.4.0 before without this error');
    expect(r.detail).toContain('30 s after 1.5.0');
  });

  it('does not blame a release the error was already happening in before', () => {
    const baseline = [occurrence({ signatureId: 'b', release: '1.4.0', timeMs: T0 - HOUR })];
    const sig = signature({ releases: ['1.4.0', '1.5.0'], firstSeenMs: T0 });
    const own = [...samples(3, () => ({ release: '1.4.0' })), ...samples(2, () => ({ release: '1.5.0' }))];
    const r = releaseCorrelation(sig, own, baseline)!;
    expect(r.introducedByRelease).toBe(false);
    expect(r.releases).toEqual([{ release: '1.4.0', count: 3 }, { release: '1.5.0', count: 2 }]);
  });

  it('does not blame the only release a service was ever seen in', () => {
    const r = releaseCorrelation(signature({ releases: ['2.0.0'] }), samples(3, () => ({ release: '2.0.0' })), samples(3, () => ({ signatureId: 'b', release: '2.0.0' })))!;
    expect(r.introducedByRelease).toBe(false);
  });

  it('leads with the release a regression came back in', () => {
    const sig = signature({ releases: ['1.0.0', '1.1.0'], regressed: true, regression: { atMs: T0, release: '1.1.0' } });
    const r = releaseCorrelation(sig, samples(2, (i) => ({ release: i ? '1.1.0' : '1.0.0' })), [])!;
    expect(r.detail).toMatch(/^Came back in release 1\.1\.0 after being resolved\. Seen in 2 releases/);
  });

  it('is absent when nothing carries a release', () => {
    expect(releaseCorrelation(signature(), samples(3, () => ({})), [])).toBeUndefined();
  });
});

describe('trend', () => {
  const counts = (minutes: number[], hours: number[] = []): Pick<StoreContext, 'minuteCounts' | 'hourCounts' | 'nowMs'> => ({
    nowMs: T0 + 25 * HOUR,
    minuteCounts: [...new Array(61 - minutes.length).fill(0), ...minutes],
    hourCounts: [...new Array(25 - hours.length).fill(0), ...hours],
  });
  const old = signature({ firstSeenMs: T0 });

  it('new: young and quiet', () => {
    const young = signature({ firstSeenMs: T0 + 25 * HOUR - 120_000, count: 3 });
    expect(trend(young, counts([1, 2])).kind).toBe('new');
  });

  it('bursting: young with many errors in a few minutes', () => {
    const young = signature({ firstSeenMs: T0 + 25 * HOUR - 60_000, count: BURST_MIN_COUNT });
    const t = trend(young, counts([BURST_MIN_COUNT]));
    expect(t.kind).toBe('bursting');
    expect(t.detail).toContain(`${BURST_MIN_COUNT} in the last 5 minutes`);
  });

  it('bursting: a burst that ended minutes before the investigation, read up to its last errors', () => {
    const young = signature({ firstSeenMs: T0 + 25 * HOUR - 15 * 60_000, count: 30 });
    // 30 errors in the minutes 12 to 8 before now, none since: an investigation that ran late.
    const t = trend(young, counts([1, 2, 7, 10, 10, 0, 0, 0, 0, 0, 0, 0, 0]));
    expect(t.kind).toBe('bursting');
    expect(t.detail).toContain('30 in the 5 minutes up to its last errors 8 min ago');
    // Near miss: as many errors spread over the hour are no burst, however late it is read.
    expect(trend(young, counts([...new Array(30).fill(1), ...new Array(8).fill(0)])).kind).toBe('new');
    // An old signature whose burst ended before the investigation: above its rate up to its last errors.
    expect(trend(old, counts([...new Array(40).fill(1), 10, 10, 10, 10, 10, ...new Array(15).fill(0)], new Array(24).fill(60))).kind).toBe('bursting');
  });

  it('bursting: an old error suddenly far above its rate', () => {
    expect(trend(old, counts([...new Array(55).fill(1), 10, 10, 10, 10, 10], new Array(24).fill(60))).kind).toBe('bursting');
  });

  it('steady: about the rate of the day before', () => {
    expect(trend(old, counts(new Array(60).fill(1), new Array(24).fill(60))).kind).toBe('steady');
  });

  it('fading: far below the rate of the day before', () => {
    const t = trend(old, counts([2], new Array(24).fill(60)));
    expect(t.kind).toBe('fading');
    expect(t.detail).toContain('2 in the last hour');
  });
});

describe('the trace', () => {
  const span = (id: string, parent: string | undefined, service: string, error: boolean, startMs: number, durationMs: number, statusMessage?: string): SpanView => ({
    traceId: 'T1', spanId: id, parentSpanId: parent, service, name: `${service} op`, startMs, durationMs, error, statusMessage, attributes: {}, events: [],
  });

  it('with parent links: deepest failing span, errors up and down, services in call order', () => {
    const trace: TraceView = {
      traceId: 'T1',
      source: 'jaeger',
      spans: [
        span('a', undefined, 'gateway', true, 0, 1000, '502'),
        span('b', 'a', 'checkout', true, 10, 900, 'upstream timeout'),
        span('c', 'b', 'inventory', true, 20, 800, 'deadline exceeded'),
        span('d', 'c', 'postgres', false, 30, 700),
        span('e', 'a', 'auth', true, 5, 3, 'cache miss'),
      ],
    };
    const own = [occurrence({ traceId: 't1', spanId: 'b' })];
    const t = traceSummary(signature(), own, [trace], [])!;
    expect(t.deepestFailingSpan).toEqual({ service: 'inventory', name: 'inventory op', spanId: 'c', statusMessage: 'deadline exceeded' });
    expect(t.upstreamErrors.map((s) => s.service)).toEqual(['gateway']);
    expect(t.downstreamErrors.map((s) => s.service)).toEqual(['inventory']);
    expect(t.services).toEqual(['gateway', 'auth', 'checkout', 'inventory', 'postgres']);
  });

  it("from Rounds' own samples (no span tree): the error that ended first is the deepest", () => {
    const errors: TraceErrorSample[] = [
      { traceId: 'T2', signatureId: 'aaaaaaaaaaaa', service: 'frontend', name: 'GET /cart', timeMs: T0 + 2000, statusMessage: 'inventory timed out' },
      { traceId: 'T2', signatureId: 'bbb', service: 'inventory', name: 'SELECT stock', timeMs: T0 + 1500, statusMessage: 'query timeout' },
    ];
    const t = traceSummary(signature({ service: 'frontend' }), [occurrence({ traceId: 'T2' })], [], errors)!;
    expect(t.deepestFailingSpan?.service).toBe('inventory');
    expect(t.downstreamErrors).toMatchObject([{ service: 'inventory', name: 'SELECT stock', statusMessage: 'query timeout' }]);
    expect(t.upstreamErrors).toEqual([]);
    expect(t.services).toEqual(['frontend', 'inventory']);
  });

  it('uses parent links from samples when the writer kept them', () => {
    const errors: TraceErrorSample[] = [
      { traceId: 'T3', spanId: 'p', signatureId: 'aaaaaaaaaaaa', service: 'api', name: 'handler', timeMs: T0 + 100 },
      // ends later than its parent (an async child), but the link says it is deeper
      { traceId: 'T3', spanId: 'c', parentSpanId: 'p', signatureId: 'bbb', service: 'worker', name: 'job', timeMs: T0 + 500 },
    ];
    const t = traceSummary(signature({ service: 'api' }), [occurrence({ traceId: 'T3', spanId: 'p' })], [], errors)!;
    expect(t.deepestFailingSpan?.service).toBe('worker');
    expect(t.downstreamErrors.map((s) => s.service)).toEqual(['worker']);
  });

  it("from Rounds' own samples, the trace that holds most of the failure, whichever of the signature's traces comes first", () => {
    // The first trace holds only the signature's own span (its neighbours kept other samples);
    // the second holds the whole chain down to the database call two services below.
    const errors: TraceErrorSample[] = [
      { traceId: 'T4', spanId: 'a1', signatureId: 'aaaaaaaaaaaa', service: 'intake', name: 'HTTP POST', timeMs: T0 + 900 },
      { traceId: 'T5', spanId: 'b1', signatureId: 'aaaaaaaaaaaa', service: 'intake', name: 'HTTP POST', timeMs: T0 + 1900 },
      { traceId: 'T5', spanId: 'b2', parentSpanId: 'b1', signatureId: 'mmm', service: 'meta', name: '/v1/resolve', timeMs: T0 + 1800 },
      { traceId: 'T5', spanId: 'b3', parentSpanId: 'b2', signatureId: 'ddd', service: 'meta', name: 'SELECT datasets', timeMs: T0 + 1700, statusMessage: 'context deadline exceeded' },
    ];
    const own = [occurrence({ traceId: 'T4', spanId: 'a1' }), occurrence({ traceId: 'T5', spanId: 'b1' })];
    const t = traceSummary(signature({ service: 'intake' }), own, [], errors)!;
    expect(t.traceId).toBe('t5');
    expect(t.deepestFailingSpan).toMatchObject({ service: 'meta', name: 'SELECT datasets', signatureId: 'ddd' });
    // Near miss: traces holding as much go to the first, as before.
    expect(traceSummary(signature({ service: 'intake' }), own, [], errors.slice(0, 2))!.traceId).toBe('t4');
  });

  it("carries the peer the deeper signature's own client spans call", () => {
    const deeper = signature({ id: 'ddd', service: 'meta', type: '*errors.errorString', message: 'context deadline exceeded' });
    const store: StoreContext = {
      nowMs: T0, baseline: [], minuteCounts: [], hourCounts: [], traceErrors: [],
      coOccurring: [{ signatureId: 'ddd', service: 'meta', type: deeper.type, message: deeper.message, sharedTraces: 6 }],
      related: { ddd: { signature: deeper, samples: samples(5, () => ({ spanKind: 3, attributes: { 'db.system': 'mysql', 'server.address': 'meta-db.internal' } })), baseline: [] } },
    };
    const trace = { traceId: 't5', deepestFailingSpan: { service: 'meta', name: 'SELECT datasets', spanId: 'b3', signatureId: 'ddd' }, upstreamErrors: [], downstreamErrors: [], services: ['intake', 'meta'] };
    expect(downstreamEvidence(signature({ service: 'intake' }), trace, store)?.callee).toEqual({ name: 'meta-db.internal', system: 'MySQL', share: 1 });
    // Near miss: a deeper signature of server spans names no peer.
    const servers = { ...store, related: { ddd: { ...store.related!.ddd, samples: samples(5, () => ({ spanKind: 2, attributes: { 'server.address': 'meta' } })) } } };
    expect(downstreamEvidence(signature({ service: 'intake' }), trace, servers)?.callee).toBeUndefined();
  });

  it("fills the signature's traces with the co-occurring signatures' samples when the store's few assembled traces lack the deeper spans", () => {
    const sig = signature({ service: 'send' });
    const own = [occurrence({ traceId: 'T6', spanId: 'r1', service: 'send' }), occurrence({ traceId: 'T7', spanId: 'r2', service: 'send' })];
    const deeper = signature({ id: 'ddd', service: 'store', type: 'ReadTimeoutException', message: 'Cassandra timeout during read query' });
    const store: StoreContext = {
      nowMs: T0, baseline: [], minuteCounts: [], hourCounts: [],
      coOccurring: [{ signatureId: 'ddd', service: 'store', type: deeper.type, message: deeper.message, sharedTraces: 2 }],
      // The store assembled T6 from this signature's sample alone.
      traceErrors: [{ traceId: 'T6', spanId: 'r1', signatureId: sig.id, service: 'send', name: 'POST /send', timeMs: T0 + 900 }],
      related: { ddd: { signature: deeper, baseline: [], samples: [
        occurrence({ signatureId: 'ddd', traceId: 'T7', spanId: 'c2', parentSpanId: 'r2', service: 'store', spanName: 'SELECT messages', timeMs: T0 + 500 }),
        // Near miss: a sample of a trace this signature is not in adds nothing.
        occurrence({ signatureId: 'ddd', traceId: 'T9', spanId: 'c9', service: 'store', spanName: 'SELECT messages', timeMs: T0 + 400 }),
      ] } },
    };
    const ev = buildEvidence({ signature: sig, occurrences: own, contexts: [{ backend: 'local', piece: { traces: [], logs: [], metrics: [], notes: [], store } }], notes: [], nowMs: T0 });
    expect(ev.trace?.traceId).toBe('t7');
    expect(ev.trace?.deepestFailingSpan).toMatchObject({ service: 'store', name: 'SELECT messages', signatureId: 'ddd' });
    // Without any assembled trace the samples are not read as one.
    expect(buildEvidence({ signature: sig, occurrences: own, contexts: [{ backend: 'local', piece: { traces: [], logs: [], metrics: [], notes: [], store: { ...store, traceErrors: [] } } }], notes: [], nowMs: T0 }).trace).toBeUndefined();
  });

  it('is absent without any trace id', () => {
    expect(traceSummary(signature(), [occurrence()], [], [])).toBeUndefined();
  });
});

describe('the exception', () => {
  it('reads the chain and the top in-app frame from a stack trace', () => {
    const stack = [
      'Traceback (most recent call last):',
      '  File "/app/shop/cart.py", line 12, in load',
      '    return db.fetch(cart_id)',
      'KeyError: \'cart\'',
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'Traceback (most recent call last):',
      '  File "/app/shop/views.py", line 40, in checkout',
      '    cart = load(cart_id)',
      'RuntimeError: could not load cart',
    ].join('\n');
    const c = exceptionChain(signature(), [occurrence({ exception: { type: 'RuntimeError', message: 'could not load cart', stacktrace: stack } })]);
    expect(c.chain.map((e) => e.type)).toEqual(['RuntimeError', 'KeyError']);
    expect(c.topFrame).toContain('load');
    expect(c.topFrame).toContain('shop/cart.py');
    expect(c.stacktrace).toBe(stack);
  });

  it("names the application's frame under a Cython extension's, not the extension's .pyx", () => {
    // Round 78: pandas' tz_localize raising from its compiled tzconversion module, whose frame CPython
    // prints by the .pyx's bare name (pandas-dev/pandas#14402, nilmtk/nilmtk#450): not site-packages,
    // yet an installed library's code; the billing code that called it is the one to name.
    const stack = [
      'Traceback (most recent call last):',
      '  File "/srv/meterbill/billing/readings.py", line 47, in load_interval_readings',
      '    frame.index = pd.to_datetime(frame["read_at"]).tz_localize(SERVICE_TZ)',
      '  File "/usr/local/lib/python3.11/site-packages/pandas/core/arrays/datetimes.py", line 1093, in tz_localize',
      '    new_dates = tzconversion.tz_localize_to_utc(',
      '  File "tzconversion.pyx", line 371, in pandas._libs.tslibs.tzconversion.tz_localize_to_utc',
      "pytz.exceptions.AmbiguousTimeError: Cannot infer dst time from 2026-11-01 01:00:00, try using the 'ambiguous' argument",
    ].join('\n');
    const c = exceptionChain(signature(), [occurrence({ exception: { type: 'pytz.exceptions.AmbiguousTimeError', message: "Cannot infer dst time from 2026-11-01 01:00:00, try using the 'ambiguous' argument", stacktrace: stack } })]);
    expect(c.topFrame).toContain('load_interval_readings');
    // The path a source build prints (asyncpg's protocol) is an extension's too.
    const asyncpg = ['Traceback (most recent call last):', '  File "/app/orders/repo.py", line 12, in fetch_order', '    return await conn.fetchrow(Q, order_id)', '  File "asyncpg/protocol/protocol.pyx", line 201, in bind_execute', 'asyncpg.exceptions.QueryCanceledError: canceling statement due to statement timeout'].join('\n');
    expect(exceptionChain(signature(), [occurrence({ exception: { type: 'asyncpg.exceptions.QueryCanceledError', message: 'canceling statement due to statement timeout', stacktrace: asyncpg } })]).topFrame).toContain('fetch_order');
    // Near miss: the application's own .py module of a similar name stays its frame.
    const own = ['Traceback (most recent call last):', '  File "/app/orders/pyx_helpers.py", line 3, in parse', '    raise ValueError("bad")', 'ValueError: bad'].join('\n');
    expect(exceptionChain(signature(), [occurrence({ exception: { type: 'ValueError', message: 'bad', stacktrace: own } })]).topFrame).toContain('parse');
  });

  it('reads the trace a log record printed in its body', () => {
    const body = 'Dec 03, 2026 11:13:53 PM Handler handle\nSEVERE: request 100 failed\njava.lang.IllegalStateException: cart empty\n\tat com.acme.Cart.checkout(Cart.java:88)';
    const c = exceptionChain(signature({ type: 'java.lang.IllegalStateException', message: 'cart empty', culprit: undefined }), [occurrence({ source: 'log', body })]);
    expect(c.chain).toEqual([{ type: 'java.lang.IllegalStateException', message: 'cart empty' }]);
    expect(c.topFrame).toContain('checkout');
    expect(c.stacktrace).toContain('at com.acme.Cart.checkout');
  });

  // The frames round 33 plays for philomena-dev/philomena#105 (the first one quoted there).
  const elixirFrames = [
    '(philomena 1.1.0) lib/philomena/elasticsearch.ex:178: Philomena.Elasticsearch.search/2',
    '(philomena 1.1.0) lib/philomena_web/controllers/search_controller.ex:22: PhilomenaWeb.SearchController.index/2',
    '(philomena 1.1.0) lib/philomena_web/controllers/search_controller.ex:1: PhilomenaWeb.SearchController.action/2',
    '(phoenix 1.5.7) lib/phoenix/router.ex:352: Phoenix.Router.__call__/2',
  ].map((f) => `    ${f}`).join('\n');

  it('takes the recorded type and message for a trace of frames alone (Elixir), not the parser\'s empty header', () => {
    // philomena-dev/philomena#105: the MatchError quoting Elasticsearch's 503, its trace only frames.
    const message = 'no match of right hand side value: {:ok, %HTTPoison.Response{body: %{"error" => %{"reason" => "all shards failed", "type" => "search_phase_execution_exception"}, "status" => 503}, status_code: 503}}';
    const c = exceptionChain(signature({ type: 'Elixir.MatchError', message: 'no match of right hand side value: <*>' }), [occurrence({ exception: { type: 'Elixir.MatchError', message, stacktrace: elixirFrames } })]);
    expect(c.chain).toEqual([{ type: 'Elixir.MatchError', message }]);
  });

  it('near misses: a trace whose header carries the message, or one with an empty message recorded, keeps the parsed chain', () => {
    const withHeader = '** (MatchError) no match of right hand side value: :error\n    (app 0.1.0) lib/app/worker.ex:12: App.Worker.run/1';
    expect(exceptionChain(signature(), [occurrence({ exception: { type: 'Elixir.MatchError', message: 'no match of right hand side value: :error', stacktrace: withHeader } })]).chain).toEqual([{ type: 'MatchError', message: 'no match of right hand side value: :error' }]);
    expect(exceptionChain(signature(), [occurrence({ exception: { type: 'Elixir.RuntimeError', message: '', stacktrace: elixirFrames } })]).chain[0].message).toBe('');
  });

  it('falls back to type and message without a stack trace', () => {
    const c = exceptionChain(signature({ type: 'ERROR', message: 'config <*> missing' }), [occurrence({ body: 'config PAYMENT_URL missing' })]);
    expect(c.chain).toEqual([{ type: 'ERROR', message: 'config PAYMENT_URL missing' }]);
  });
});

describe('buildEvidence', () => {
  it('combines the store, traces, logs, metrics and notes of every backend', () => {
    const sig = signature({ culprit: 'pay (src/pay.ts)', releases: ['1.0.0'] });
    const store: StoreContext = {
      nowMs: sig.lastSeenMs,
      baseline: samples(6, (i) => ({ signatureId: 'b', host: `h${i % 3}` })),
      minuteCounts: [10],
      hourCounts: [10],
      coOccurring: [
        { signatureId: 'c1', service: 'db', type: 'E', message: 'm', sharedTraces: 1 },
        { signatureId: 'c2', service: 'cache', type: 'E', message: 'm', sharedTraces: 4 },
      ],
      traceErrors: [],
    };
    const ev = buildEvidence({
      signature: sig,
      occurrences: samples(5, () => ({ host: 'h9', release: '1.0.0' })),
      contexts: [
        { backend: 'local', piece: { traces: [], logs: [], metrics: [], notes: [], store } },
        { backend: 'loki', piece: { traces: [], logs: [{ timeMs: 1, body: 'old', source: 'loki' }, { timeMs: 2, body: 'new', source: 'loki' }], metrics: [], notes: ['trace x: no logs'] } },
        { backend: 'prometheus', piece: { traces: [], logs: [], metrics: [{ query: 'rate(x)', labels: { job: 'a' }, points: [[1, 0.5], [2, 2]], source: 'prometheus' }], notes: [] } },
      ],
      notes: ['jaeger: unavailable (connection refused)'],
      nowMs: sig.lastSeenMs,
    });
    expect(ev.concentrations[0]).toMatchObject({ key: 'host.name', value: 'h9', count: 5, share: 1, baselineShare: 0 });
    expect(ev.coOccurring.map((c) => c.signatureId)).toEqual(['c2', 'c1']);
    expect(ev.logs.map((l) => l.body)).toEqual(['new', 'old']);
    expect(ev.metrics).toEqual([{ query: 'rate(x)', summary: 'prometheus {job="a"}: last 2, min 0.5, max 2 over 2 points' }]);
    expect(ev.notes).toEqual(['jaeger: unavailable (connection refused)', 'loki: trace x: no logs']);
    expect(ev.topInAppFrame).toBe('pay (src/pay.ts)');
    expect(ev.trend.kind).toBe('new');
  });

  it('names the callee its failing client spans call, and not a server span\'s own address', () => {
    const build = (occurrences: ReturnType<typeof samples>) => buildEvidence({ signature: signature(), occurrences, contexts: [], notes: [], nowMs: T0 });
    // Client spans (SpanKind 3) to one database, one of five to a replica: the callee and its system.
    const client = samples(5, (i) => ({ spanKind: 3, attributes: { 'server.address': i === 4 ? 'db-replica' : 'wallet-db.internal', 'db.system.name': 'postgresql' } }));
    expect(build(client).callee).toEqual({ name: 'wallet-db.internal', system: 'PostgreSQL', share: 0.8 });
    // peer.service on a sample stored without its span kind.
    expect(build(samples(3, () => ({ attributes: { 'peer.service': 'billing' } }))).callee).toEqual({ name: 'billing', share: 1 });
    // A server span's server.address is its own name; callees split two ways name none.
    expect(build(samples(5, () => ({ spanKind: 2, attributes: { 'server.address': 'shop.example.com' } }))).callee).toBeUndefined();
    expect(build(samples(4, (i) => ({ spanKind: 3, attributes: { 'server.address': i % 2 ? 'a' : 'b' } }))).callee).toBeUndefined();
    // A client span that names its callee only by the URL it called, in either convention's key.
    const byUrl = samples(4, (i) => ({ spanKind: 3, attributes: { [i % 2 ? 'http.url' : 'url.full']: i % 2 ? `https://rates.partner.example:8443/v2/latest?base=EUR&n=${i}` : `https://user:pw@rates.partner.example/v2/latest?n=${i}` } }));
    expect(build(byUrl).callee).toEqual({ name: 'rates.partner.example', share: 1 });
  });

  it('counts a failure recorded on a client span and again on the server span above it once, for the callee', () => {
    const build = (occurrences: ReturnType<typeof samples>) => buildEvidence({ signature: signature(), occurrences, contexts: [], notes: [], nowMs: T0 });
    // Each failed call twice: the client span to the authentication service and the request's
    // server span the exception propagated to, in the same trace.
    const pairs = samples(8, (i) => (i % 2 ? { traceId: `t${i >> 1}`, spanKind: 2, attributes: { 'server.address': 'till.example' } } : { traceId: `t${i >> 1}`, spanKind: 3, attributes: { 'server.address': 'merchant-authn' } }));
    expect(build(pairs).callee).toEqual({ name: 'merchant-authn', share: 1 });
    // Near miss: server spans in traces of their own are failures of their own, and still count.
    const apart = samples(8, (i) => (i % 2 ? { traceId: `s${i}`, spanKind: 2, attributes: { 'server.address': 'till.example' } } : { traceId: `c${i}`, spanKind: 3, attributes: { 'server.address': 'merchant-authn' } }));
    expect(build(apart).callee).toBeUndefined();
  });

  it("names the table most failing database calls name, among the calls: a server span above one names none (round 58)", () => {
    const build = (occurrences: ReturnType<typeof samples>) => buildEvidence({ signature: signature(), occurrences, contexts: [], notes: [], nowMs: T0 });
    const call = { spanKind: 3, attributes: { 'db.system.name': 'postgresql', 'server.address': 'profiles-db', 'db.collection.name': 'user_profiles' } };
    // Three calls among eight samples, the server spans above them kept apart from their pairs.
    expect(build(samples(8, (i) => (i < 3 ? { ...call, traceId: `c${i}` } : { spanKind: 2, traceId: `s${i}`, attributes: {} }))).calledTable).toBe('user_profiles');
    // Near misses: two calls are too few; calls over two tables with neither at 60% name none.
    expect(build(samples(8, (i) => (i < 2 ? { ...call, traceId: `c${i}` } : { spanKind: 2, traceId: `s${i}`, attributes: {} }))).calledTable).toBeUndefined();
    expect(build(samples(6, (i) => ({ ...call, attributes: { ...call.attributes, 'db.collection.name': i % 2 ? 'sessions' : 'user_profiles' } }))).calledTable).toBeUndefined();
  });

  it('reads the destination of a redelivered message under its former name too', () => {
    const build = (occurrences: ReturnType<typeof samples>) => buildEvidence({ signature: signature(), occurrences, contexts: [], notes: [], nowMs: T0 });
    const poison = samples(5, () => ({ attributes: { 'messaging.destination': 'invoices', 'messaging.message.id': 'm-1' } }));
    expect(build(poison).redelivered).toEqual({ message: 'm-1', destination: 'invoices', count: 5, of: 5 });
  });

  it('finds one message delivered again and again, by its id or its Kafka offset, and not many messages failing alike', () => {
    const build = (occurrences: ReturnType<typeof samples>) => buildEvidence({ signature: signature(), occurrences, contexts: [], notes: [], nowMs: T0 });
    const poison = samples(6, (i) => ({ attributes: { 'messaging.destination.name': 'invoices', 'messaging.message.id': i === 5 ? 'other' : 'm-1' } }));
    expect(build(poison).redelivered).toEqual({ message: 'm-1', destination: 'invoices', count: 5, of: 6 });
    const offsets = samples(5, () => ({ attributes: { 'messaging.destination.name': 'orders', 'messaging.destination.partition.id': '3', 'messaging.kafka.offset': 1207 } }));
    expect(build(offsets).redelivered).toEqual({ message: 'partition 3 offset 1207', destination: 'orders', count: 5, of: 5 });
    // Four deliveries are too few to tell; each message failing once is not one message.
    expect(build(poison.slice(0, 4)).redelivered).toBeUndefined();
    expect(build(samples(8, (i) => ({ attributes: { 'messaging.message.id': `m-${i}` } }))).redelivered).toBeUndefined();
  });

  it('says what is missing without the store', () => {
    const ev = buildEvidence({ signature: signature(), occurrences: [], contexts: [], notes: [], nowMs: T0 });
    expect(ev.concentrations).toEqual([]);
    expect(ev.notes.join()).toContain('no store context');
  });

  it('summarises an empty series honestly', () => {
    expect(summarizeSeries({ query: 'q', labels: {}, points: [], source: 'prometheus' }).summary).toBe('prometheus: no data');
  });
});

describe('round 11: a newer release running beside the failing one', () => {
  // Sardine's status page (status.sardine.ai/incidents/s4tj7pn0qtcf): a canary of the rules-engine
  // took a quarter of the traffic while the release it replaced failed; only the healthy traffic
  // shows the canary, since it has no error of its own.
  it('names a newer release seen in the healthy traffic without any occurrence', () => {
    const sig = signature({ releases: ['4.12.0'], count: 45, firstSeenMs: T0 });
    const r = releaseCorrelation(sig, samples(5, () => ({ release: '4.12.0' })), [], undefined, { values: { '4.12.0': 120, '4.13.0': 25 }, other: 0 })!;
    expect(r.newerClean).toEqual(['4.13.0']);
    expect(r.introducedByRelease).toBe(false);
  });
  it('near misses: an older release running clean, a newer one with occurrences of its own, or no healthy counts name none', () => {
    const sig = signature({ releases: ['4.12.0'], count: 45, firstSeenMs: T0 });
    const own = samples(5, () => ({ release: '4.12.0' }));
    expect(releaseCorrelation(sig, own, [], undefined, { values: { '4.11.3': 80, '4.12.0': 120 }, other: 0 })!.newerClean).toBeUndefined();
    const both = signature({ releases: ['4.12.0', '4.13.0'], count: 45, firstSeenMs: T0 });
    expect(releaseCorrelation(both, [...own, occurrence({ release: '4.13.0' })], [], undefined, { values: { '4.12.0': 120, '4.13.0': 25 }, other: 0 })!.newerClean).toBeUndefined();
    expect(releaseCorrelation(sig, own, [])!.newerClean).toBeUndefined();
  });
});

// A worker's jobs run on the worker's hosts, the web's requests on the web's: a job's errors all on
// the worker host say where that kind of work runs, not that the host is at fault, unless the
// job's own healthy runs elsewhere show otherwise (core/kind-baseline.ts).
describe('round 28: where a job ran, against the healthy spans of its kind', () => {
  const counts = (values: Record<string, number>) => ({ values, other: 0 });
  // A reports service: two web hosts serving its requests (SERVER), a worker host running its
  // jobs (CONSUMER spans), 1,000 healthy spans in all.
  const healthy = (over: AttributeStats['keys'] = {}): AttributeStats => ({
    total: 1_000,
    keys: {
      'host.name': counts({ 'reports-web-1': 450, 'reports-web-2': 450, 'reports-worker-1': 100 }),
      'span.kind': counts({ server: 900, consumer: 100 }),
      'host.name@consumer': counts({ 'reports-worker-1': 100 }),
      ...over,
    },
  });
  const stats = (serviceHealthy: AttributeStats, failingOn: Record<string, number> = { 'reports-worker-1': 40 }): SignatureAttributeStats => ({
    signature: { total: 40, keys: { 'host.name': counts(failingOn) } },
    serviceErrors: { total: 70, keys: { 'host.name': counts({ ...failingOn, 'reports-web-1': 15, 'reports-web-2': 15 }) } },
    serviceHealthy,
    fromMs: T0 - HOUR,
    toMs: T0,
  });
  const host = (s: SignatureAttributeStats, kind?: number) => statConcentrations(s, kind).list.find((c) => c.key === 'host.name');

  it('a job failing on the one host that runs its kind of work is not one host', () => {
    expect(host(stats(healthy()), SPAN_KIND_CONSUMER)).toBeUndefined();
    // Compared with the whole traffic, as it was, the worker host stood out.
    expect(host(stats(healthy()))).toMatchObject({ value: 'reports-worker-1', share: 1, baselineShare: 0.1 });
  });

  it('near miss: a job failing on one of the hosts that run it is still one host, against that kind of span', () => {
    const twoWorkers = healthy({ 'host.name': counts({ 'reports-web-1': 450, 'reports-web-2': 450, 'reports-worker-1': 50, 'reports-worker-2': 50 }), 'host.name@consumer': counts({ 'reports-worker-1': 50, 'reports-worker-2': 50 }) });
    expect(host(stats(twoWorkers, { 'reports-worker-2': 40 }), SPAN_KIND_CONSUMER)).toMatchObject({ value: 'reports-worker-2', share: 1, baselineShare: 0.5, baselineSpanKind: 'consumer', baseline: 'healthy traffic' });
  });

  it('near miss: with no healthy span of its kind, where the others ran is not compared', () => {
    const noJobs = healthy({ 'span.kind': counts({ server: 900, internal: 100 }), 'host.name@consumer': counts({}), 'host.name@internal': counts({ 'reports-web-1': 100 }) });
    expect(host(stats(noJobs), SPAN_KIND_CONSUMER)).toBeUndefined();
    // A scheduler's INTERNAL spans on the web host are that kind's baseline.
    expect(host(stats(noJobs, { 'reports-web-2': 40 }), SPAN_KIND_INTERNAL)).toMatchObject({ value: 'reports-web-2', baselineShare: 0, baselineSpanKind: 'internal' });
  });

  it('near misses: SERVER spans, and counts kept before the kinds were, compare with the whole traffic', () => {
    const legacy = healthy();
    delete legacy.keys['span.kind'];
    delete legacy.keys['host.name@consumer'];
    expect(host(stats(legacy), SPAN_KIND_CONSUMER)).toMatchObject({ value: 'reports-worker-1', baselineShare: 0.1 });
    expect(host(stats(healthy(), { 'reports-web-2': 40 }), undefined)).toMatchObject({ value: 'reports-web-2', baselineShare: 0.45 });
    expect(host(stats(healthy(), { 'reports-web-2': 40 }), undefined)?.baselineSpanKind).toBeUndefined();
  });

  it("buildEvidence compares spans all of a worker's kind with that kind, and mixed or SERVER samples with everything", () => {
    const build = (kinds: number[]) =>
      buildEvidence({
        signature: signature({ count: 40 }),
        occurrences: samples(kinds.length, (i) => ({ host: 'reports-worker-1', spanKind: kinds[i] })),
        contexts: [{ backend: 'local', piece: { traces: [], logs: [], metrics: [], notes: [], store: { nowMs: T0, baseline: [], minuteCounts: [], hourCounts: [], coOccurring: [], traceErrors: [], attributeStats: stats(healthy()) } } }],
        notes: [],
        nowMs: T0,
      }).concentrations.find((c) => c.key === 'host.name');
    expect(build([5, 5, 5])).toBeUndefined();
    expect(build([5, 2, 5])).toMatchObject({ value: 'reports-worker-1' });
    expect(build([2, 2])).toMatchObject({ value: 'reports-worker-1' });
  });
});
