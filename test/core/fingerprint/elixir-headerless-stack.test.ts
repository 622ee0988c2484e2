// An Elixir stack as an Elixir service records it on a span: Exception.format_stacktrace/1's frames
// alone, each indented four spaces, no `** (Type) message` header (opentelemetry's
// record_exception). With the common indentation read off, the trace was not recognised as the
// BEAM's, parsed no frame, and one failure split into a signature per span it was recorded on
// (incidents round 35: a Phoenix app's error on four routes, four signatures). The frames are
// philomena-dev/philomena#105's (Philomena 1.1.0, Phoenix 1.5.7), as the thread quotes them.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

const frames = [
  '(philomena 1.1.0) lib/philomena/elasticsearch.ex:178: Philomena.Elasticsearch.search/2',
  '(philomena 1.1.0) lib/philomena/elasticsearch.ex:201: Philomena.Elasticsearch.search_results/3',
  '(phoenix 1.5.7) lib/phoenix/router.ex:352: Phoenix.Router.__call__/2',
];
const recorded = frames.map((f) => `    ${f}`).join('\n');

describe('an Elixir stack recorded without its header', () => {
  it('is read as the BEAM trace it is, its frames parsed', () => {
    const parsed = parseStacktrace(recorded);
    expect(parsed.runtime).toBe('erlang');
    expect(parsed.exceptions[0].frames[0]).toMatchObject({ file: 'lib/philomena/elasticsearch.ex', line: 178, function: 'search' });
  });

  it('is one signature on every span it is recorded on', () => {
    const fp = createFingerprinter();
    const on = (spanName: string) => fp.fingerprint({ source: 'span', service: 'philomena', type: 'Elixir.MatchError', message: 'no match of right hand side value: {:ok, %HTTPoison.Response{status_code: 503}}', stacktrace: recorded, spanName, runtime: 'BEAM' }).fingerprint;
    expect(on('GET /pages/stats')).toBe(on('GET /search'));
  });

  it('near misses: a frame-like line without a call and arity, or prose, is not read as one', () => {
    expect(parseStacktrace('(philomena 1.1.0) lib/philomena/elasticsearch.ex:178: see the search above').runtime).not.toBe('erlang');
    expect(parseStacktrace('(note) see lib/shop/cart.ex:44: for the line\n').runtime).not.toBe('erlang');
    // A Ruby frame keeps its runtime.
    expect(parseStacktrace("app/models/cart.rb:44:in `add'\napp/controllers/carts_controller.rb:12:in `create'").runtime).toBe('ruby');
  });
});
