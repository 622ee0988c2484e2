// Fake backends that speak the real APIs (backends.md §1–4), for adapter and investigator tests.
export { startFakeServer, type FakeServer, type Fault, type FakeResponse, type RecordedRequest } from './fake-server.js';
export { startFakeJaeger, type FakeJaegerOptions, type FakeJaegerTrace } from './jaeger.js';
export { startFakeTempo, type FakeTempoOptions, type FakeTempoTrace } from './tempo.js';
export { startFakeLoki, type FakeLokiOptions, type FakeLokiStream } from './loki.js';
export { startFakePrometheus, type FakePrometheusOptions, type FakePrometheusSeries } from './prometheus.js';
export { startFakeSignoz, type FakeSignozOptions, type FakeSignozRow, type FakeSignozErrorGroup } from './signoz.js';
export * from './fixtures.js';
