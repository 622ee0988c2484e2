// The extension registries (docs/architecture.md, "Extensions") are what config validation and
// the composition both read: every registered name is selectable, its settings are settings of
// the one schema, and selecting it without what it requires stops start-up naming the key. The
// stack-trace runtimes are a registry too: one profile per runtime file, one line each there.
import { readdirSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { diagnosers } from '../../src/adapters/diagnosis/registry.js';
import { notifiers } from '../../src/adapters/notify/registry.js';
import { telemetryBackends } from '../../src/adapters/telemetry/registry.js';
import { ConfigError, configSchema, loadConfig } from '../../src/config.js';
import type { RuntimeProfile } from '../../src/core/fingerprint/stacktrace/profile.js';
import { runtimeProfiles } from '../../src/core/fingerprint/stacktrace/registry.js';
import type { Runtime } from '../../src/core/fingerprint/types.js';

/** The part of a registry this test reads, the same for every family. */
interface AnyRegistry {
  names: readonly string[];
  settings: object;
  get(name: string): { check?: (settings: object) => [string, string][] };
}
const families = [
  { setting: 'TELEMETRY_BACKEND', registry: telemetryBackends as unknown as AnyRegistry },
  { setting: 'DIAGNOSIS_BACKEND', registry: diagnosers as unknown as AnyRegistry },
  { setting: 'NOTIFICATION_BACKEND', registry: notifiers as unknown as AnyRegistry },
];

const load = (env: Record<string, string>) => loadConfig({}, env, '');

describe.each(families)('$setting', ({ setting, registry }) => {
  it('accepts every registered name and nothing else', () => {
    expect(registry.names.length).toBeGreaterThan(1);
    for (const name of registry.names) {
      const required = Object.fromEntries(registry.get(name).check?.({}).map(([key]) => [key, key.endsWith('_URL') ? 'http://127.0.0.1:1' : key === 'GITHUB_REPO' ? 'acme/shop' : 'x']) ?? []);
      expect(() => load({ [setting]: name, ...required }), name).not.toThrow();
    }
    expect(() => load({ [setting]: 'no-such-extension' })).toThrow(ConfigError);
  });

  it("puts each extension's settings in the one schema", () => {
    for (const key of Object.keys(registry.settings)) expect(Object.keys(configSchema.shape)).toContain(key);
  });

  it('names the missing setting of a selected extension', () => {
    const checked = registry.names.filter((name) => registry.get(name).check);
    expect(checked.length).toBeGreaterThan(0);
    for (const name of checked) {
      const [[key]] = registry.get(name).check!({});
      expect(() => load({ [setting]: name }), name).toThrow(new RegExp(`${key}.*required`));
    }
  });
});

describe('stack-trace runtimes', () => {
  const dir = new URL('../../src/core/fingerprint/stacktrace/', import.meta.url);
  /** Files that are the machinery, not a runtime. */
  const machinery = new Set(['profile.ts', 'registry.ts', 'detect.ts']);
  const isProfile = (v: unknown): v is RuntimeProfile =>
    typeof v === 'object' && v !== null && typeof (v as RuntimeProfile).name === 'string' && typeof (v as RuntimeProfile).parse === 'function' && typeof (v as RuntimeProfile).looksLike === 'function';

  it('gives every runtime of the Runtime type exactly one profile', () => {
    // `Runtime` is derived from the registry, so a runtime exists only by its line there.
    expectTypeOf<Exclude<Runtime, 'unknown'>>().toEqualTypeOf<(typeof runtimeProfiles)[number]['name']>();
    const names = runtimeProfiles.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('unknown');
  });

  it('has one file per runtime, exporting exactly its one registered profile', async () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !machinery.has(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(runtimeProfiles.map((p) => p.name).sort());
    for (const file of files) {
      const exported = Object.values(await import(new URL(file, dir).href)).filter(isProfile);
      expect(exported, file).toHaveLength(1);
      expect(exported[0].name, file).toBe(file.replace(/\.ts$/, ''));
      expect(runtimeProfiles, file).toContain(exported[0]);
    }
  });

  it("lists them in an order that honours each profile's detectBefore", () => {
    const position = new Map(runtimeProfiles.map((p, i) => [p.name as string, i]));
    for (const profile of runtimeProfiles as readonly RuntimeProfile[]) {
      for (const later of profile.detectBefore ?? []) {
        expect(position.has(later), `${profile.name} before ${later}`).toBe(true);
        expect(position.get(profile.name)!, `${profile.name} before ${later}`).toBeLessThan(position.get(later)!);
      }
    }
  });

  it('gives each SDK language hint to one runtime', () => {
    const hints = runtimeProfiles.flatMap((p) => p.hints);
    expect(new Set(hints).size).toBe(hints.length);
    for (const hint of hints) expect(hint).toBe(hint.toLowerCase());
  });
});
