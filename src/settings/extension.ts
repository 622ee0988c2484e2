// What every extension (a telemetry backend, a diagnoser, a notifier) declares about itself,
// and the registry of one family: the one place that maps a name to its settings and its
// factory. config.ts builds its schema and its "required when selected" checks from the
// registries, the composition steps build the selected extensions from them
// (docs/architecture.md, "Extensions").
import type { z } from 'zod';

export type SettingsShape = Record<string, z.ZodType>;
/** The parsed values of a settings fragment: keys whose value may be undefined are optional. */
export type SettingsOf<S extends SettingsShape> = { [K in keyof S as undefined extends z.output<S[K]> ? never : K]: z.output<S[K]> } & {
  [K in keyof S as undefined extends z.output<S[K]> ? K : never]?: z.output<S[K]>;
};

export interface Extension<Name extends string, S extends SettingsShape, Shared, Deps, Port> {
  name: Name;
  /** The settings only this extension reads: a fragment of the one config schema. */
  settings: S;
  /**
   * Problems with the settings when this extension is selected (a required key unset…), as
   * `[key, message]`; the message follows "invalid setting KEY: ".
   */
  check?(settings: SettingsOf<S>): [key: string, message: string][];
  create(settings: SettingsOf<S> & Shared, deps: Deps): Port;
}

/**
 * `check` for the common case: these keys must be set when the extension is selected;
 * `when` says how it is, e.g. "TELEMETRY_BACKEND includes jaeger".
 */
export function requireSettings<S extends SettingsShape>(when: string, keys: (keyof S & string)[]): (settings: SettingsOf<S>) => [string, string][] {
  return (settings) => keys.filter((k) => (settings as Record<string, unknown>)[k] === undefined).map((k) => [k, `is required when ${when}`]);
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyExtension = Extension<string, any, any, any, any>;

export interface Registry<E extends readonly AnyExtension[]> {
  readonly names: { [I in keyof E]: E[I]['name'] };
  /** Every extension's settings, for the config schema. */
  readonly settings: UnionToIntersection<E[number]['settings']>;
  /** Problems of the selected extensions' settings. */
  check(selected: readonly string[], settings: Record<string, unknown>): [key: string, message: string][];
  get<N extends E[number]['name']>(name: N): Extract<E[number], { name: N }>;
}

export function registry<const E extends readonly AnyExtension[]>(extensions: E): Registry<E> {
  const byName = new Map(extensions.map((e) => [e.name, e]));
  if (byName.size !== extensions.length) throw new Error('two extensions of one family share a name');
  return {
    names: extensions.map((e) => e.name) as Registry<E>['names'],
    settings: Object.assign({}, ...extensions.map((e) => e.settings)),
    check: (selected, settings) => [...new Set(selected)].flatMap((name) => byName.get(name)?.check?.(settings) ?? []),
    get: (name) => byName.get(name) as never,
  };
}
