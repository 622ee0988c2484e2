// The telemetry backends: TELEMETRY_BACKEND names one or more of these. Adding a backend is
// one file exporting its extension (settings fragment and factory) plus one line here
// (docs/architecture.md, "Extensions").
import type { Clock, TelemetryBackend } from '../../core/ports.js';
import { registry, type Extension, type SettingsShape } from '../../settings/extension.js';
import { jaegerExtension } from './jaeger.js';
import { localExtension, type LocalBackendOptions } from './local.js';
import { lokiExtension } from './loki.js';
import { prometheusExtension } from './prometheus.js';
import { signozExtension } from './signoz.js';
import { tempoExtension } from './tempo.js';

/** Settings every backend may read besides its own. */
export interface TelemetrySharedSettings {
  BACKEND_TIMEOUT: number;
}

/** What the composition hands every backend's factory. */
export interface TelemetryDeps {
  clock: Clock;
  store: LocalBackendOptions['store'];
  /** Retries per request (the adapters' default otherwise); `rounds check` asks for none. */
  retries?: number;
}

export type TelemetryExtension<N extends string, S extends SettingsShape> = Extension<N, S, TelemetrySharedSettings, TelemetryDeps, TelemetryBackend>;

export const telemetryBackends = registry([localExtension, jaegerExtension, tempoExtension, lokiExtension, prometheusExtension, signozExtension]);
