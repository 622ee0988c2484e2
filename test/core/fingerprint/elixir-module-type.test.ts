// An Elixir exception recorded on a span by the OpenTelemetry Erlang/Elixir SDK carries its module as
// the atom's text (`Elixir.FunctionClauseError`); the same exception logged by Phoenix prints it as
// Elixir writes it (`** (FunctionClauseError)`). Both are one type (stacktrace/erlang.ts
// canonicalType). The rows are incidents round 40's Phoenix portal (firezone/firezone#7370: a
// LiveView page with no clause for one kind of actor), its frames as the fixture plays them.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

const FRAMES = [
  '    (web 0.1.0+deadbeef) lib/web/live/actors/components.ex:8: Web.Actors.Components.actor_role(:api_client)',
  '    (web 0.1.0+deadbeef) lib/web/live/actors/show.ex:211: anonymous fn/2 in Web.Actors.Show.render/1',
  '    (phoenix_live_view 1.0.0-rc.6) lib/phoenix_live_view/diff.ex:391: Phoenix.LiveView.Diff.traverse/7',
  '    (elixir 1.17.2) lib/enum.ex:2531: Enum."-reduce/3-lists^foldl/2-0-"/3',
];
const MESSAGE = 'no function clause matching in Web.Actors.Components.actor_role/1';

const span = (type: string, message = MESSAGE, frames = FRAMES) => ({ source: 'span' as const, service: 'portal-web', type, message, stacktrace: [`** (${type.replace(/^Elixir\./, '')}) ${message}`, ...frames].join('\n'), runtime: 'BEAM' });
const log = { source: 'log' as const, service: 'portal-web', body: `an exception was raised:\n    ** (FunctionClauseError) ${MESSAGE}\n${FRAMES.join('\n')}`, severityText: 'ERROR', runtime: 'BEAM' };

describe("an Elixir exception's module, as the SDK records it and as Elixir prints it", () => {
  it('is one signature on the span and in the logged report', () => {
    const fp = createFingerprinter();
    const a = fp.fingerprint(span('Elixir.FunctionClauseError'));
    const b = fp.fingerprint(log);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(a.type).toBe('FunctionClauseError');
  });

  it('keeps two exception types apart, and a name that is only the prefix as it is', () => {
    const fp = createFingerprinter();
    const clause = fp.fingerprint(span('Elixir.FunctionClauseError'));
    const match = fp.fingerprint(span('Elixir.MatchError', 'no match of right hand side value: :api_client'));
    expect(match.fingerprint).not.toBe(clause.fingerprint);
    expect(fp.fingerprint(span('Elixir.')).type).toBe('Elixir.');
  });
});
