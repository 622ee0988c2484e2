// The extension registries (docs/architecture.md, "Extensions") are what config validation and
// the composition both read: every registered name is selectable, its settings are settings of
// the one schema, and selecting it without what it requires stops start-up naming the key.
import { describe, expect, it } from 'vitest';
import { diagnosers } from '../../src/adapters/diagnosis/registry.js';
import { notifiers } from '../../src/adapters/notify/registry.js';
import { telemetryBackends } from '../../src/adapters/telemetry/registry.js';
import { ConfigError, configSchema, loadConfig } from '../../src/config.js';

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
