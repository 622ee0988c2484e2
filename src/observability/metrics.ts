// Rounds' Prometheus metrics on prom-client, exposed at /metrics on the API port in the text
// exposition format (https://prometheus.io/docs/instrumenting/exposition_formats/).
//
// One label vocabulary across every series (README "Metrics"):
//   signal     traces | logs | metrics | unknown (a request whose path names no signal)
//   transport  grpc | http
//   outcome    ok, or what went wrong in lower case: refused, unauthenticated, bad_data,
//              too_large, store_failed, … (requests); diagnosed, skipped, retryable, failed
//              (investigations); ok, failed (notifications, backend calls)
//   kind, state, status, reason, adapter, backend, notifier, model  name what is counted
//
// The receiver counts once per request on the hot path, so counters hand out label children
// bound once and kept (prom-client's `labels()` hashes the label object on every call).
import { readFileSync } from 'node:fs';
import client from 'prom-client';

type Labels<L extends string> = Partial<Record<L, string>>;

/** A registry whose exposition is what /metrics serves. */
export class Registry extends client.Registry {
  /** The text exposition of every metric (gauges read at this moment). */
  async render(): Promise<string> {
    // prom-client writes a not-a-number value as `Nan` (the event-loop lag statistics before
    // their first sample); the exposition format spells it `NaN`, and strict parsers refuse
    // anything else.
    return (await this.metrics()).replace(/ Nan$/gm, ' NaN');
  }
}

/**
 * A counter whose label children are created on first use and then kept, looked up by the
 * label values in the order the counter declares its labels (no hashing, no sorting).
 */
export class Counter<L extends string = string> {
  private readonly metric: client.Counter<L>;
  private readonly children = new Map<string, client.Counter.Internal>();

  constructor(registry: Registry, name: string, help: string, readonly labelNames: readonly L[] = []) {
    this.metric = new client.Counter({ name, help, labelNames: [...labelNames], registers: [registry] });
  }

  /** The child for these label values, bound once; keep it where the call is hot. */
  child(labels: Labels<L> = {}): client.Counter.Internal {
    let key = '';
    for (const name of this.labelNames) key += (labels[name] ?? '') + '\u0000';
    let child = this.children.get(key);
    if (!child) {
      const present: Labels<L> = {};
      for (const name of this.labelNames) if (labels[name] !== undefined) present[name] = labels[name];
      child = this.metric.labels(present as Partial<Record<L, string | number>>);
      // prom-client exposes a series once it has a value: a bound child reads 0 until counted.
      child.inc(0);
      this.children.set(key, child);
    }
    return child;
  }

  inc(labels: Labels<L> = {}, by = 1): void {
    this.child(labels).inc(by);
  }
}

/** A gauge whose values are read when scraped, one reader per label set. */
export class Gauge<L extends string = string> {
  private readonly readers: { labels: Labels<L>; read: () => number | Promise<number> }[] = [];

  constructor(registry: Registry, name: string, help: string, labelNames: readonly L[] = []) {
    const readers = this.readers;
    new client.Gauge<L>({
      name,
      help,
      labelNames: [...labelNames],
      registers: [registry],
      async collect() {
        for (const r of readers) {
          // One reader failing (a store being closed) leaves its series out, not the whole scrape.
          try {
            this.set(r.labels as Partial<Record<L, string | number>>, await r.read());
          } catch {
            this.remove(r.labels as Partial<Record<L, string | number>>);
          }
        }
      },
    });
  }

  track(read: () => number | Promise<number>, labels: Labels<L> = {}): void {
    this.readers.push({ labels, read });
  }
}

export class Histogram {
  private readonly metric: client.Histogram;

  constructor(registry: Registry, name: string, help: string, buckets: number[]) {
    this.metric = new client.Histogram({ name, help, buckets, registers: [registry] });
  }

  observe(value: number): void {
    this.metric.observe(value);
  }
}

export interface BuildInfo {
  version: string;
}

/** Rounds' version from its package.json, found above this file in the source tree or in dist/. */
export function roundsVersion(): string {
  for (let dir = new URL('./', import.meta.url); dir.pathname !== '/'; dir = new URL('../', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'rounds' && pkg.version) return pkg.version;
    } catch {
      // No package.json at this level: look one up.
    }
  }
  return 'unknown';
}

/**
 * The registry `rounds serve` exposes: prom-client's process and Node.js runtime metrics
 * (CPU, memory, file descriptors, event-loop lag, GC, heap spaces) and `rounds_build_info`.
 */
export function serverRegistry(build: BuildInfo = { version: roundsVersion() }): Registry {
  const registry = new Registry();
  client.collectDefaultMetrics({ register: registry });
  const info = new client.Gauge({ name: 'rounds_build_info', help: 'Always 1; the labels say which Rounds and which Node.js are running.', labelNames: ['version', 'nodejs_version'], registers: [registry] });
  info.set({ version: build.version, nodejs_version: process.versions.node }, 1);
  return registry;
}
