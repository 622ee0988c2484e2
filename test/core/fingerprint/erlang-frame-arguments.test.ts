// An Elixir frame that prints the call with its arguments (a FunctionClauseError's: the function
// whose clause did not match, with the data it was given) is read up to the arguments
// (stacktrace/erlang.ts), however long they run and also where a log or a paste cut them before
// the list closes. Before, a list past 600 characters left the frame unread (lexical's
// Queue.add, Cowboy 1's parse_method: krihelinator#147 read no frame), and a cut one made the
// arguments part of the function (real_deal_api#14's crash site was
// `RealDealApiWeb.Router.handle_errors(%Plug.Conn{…` with the request's e-mail and password in it).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';
import { readFileSync } from 'node:fs';

const threads = loadThreadTraces('threads-8', 'elixir');
const corpus = readFileSync(new URL('../../fixtures/fingerprint/corpus/threads-erlang.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { group: string; stacktrace: string });
const firstFrame = (stacktrace: string) => {
  const f = parseStacktrace(stacktrace).exceptions.flatMap((e) => e.frames)[0];
  return f ? `${f.module}.${f.function}` : undefined;
};

describe('Elixir frames with their arguments', () => {
  it('reads the function without the arguments a paste cut (real_deal_api#14)', () => {
    const r = threads.find((x) => x.source.endsWith('real_deal_api/issues/14'))!;
    expect(firstFrame(r.stacktrace!)).toBe('RealDealApiWeb.Router.handle_errors');
    const x = createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
    expect(x.culprit).not.toMatch(/hash_password/);
  });

  it('reads a frame whose arguments run long (krihelinator#147, lexical#65)', () => {
    expect(firstFrame(threads.find((x) => x.source.endsWith('krihelinator/issues/147'))!.stacktrace!)).toBe(':cowboy_protocol.parse_method');
    expect(firstFrame(corpus.find((x) => x.group === 'erlang:rw2:lexical-provider-queue-add-nil')!.stacktrace)).toBe('Lexical.Server.Provider.Queue.add');
  });

  it('still reads top-level code and arities', () => {
    // Near misses: `(file)` and ExUnit's `(test)` frames, and frames with an arity, as before.
    const withTest = corpus.find((x) => x.stacktrace.includes('crypto_helper_test.exs'))!.stacktrace;
    expect(parseStacktrace(withTest).exceptions.flatMap((e) => e.frames).map((f) => f.function)).toContain('(test)');
    const withFile = corpus.find((x) => x.stacktrace.includes('runtime.exs:189'))!.stacktrace;
    expect(parseStacktrace(withFile).exceptions.flatMap((e) => e.frames).map((f) => f.function)).toContain('(file)');
    expect(firstFrame('** (ArgumentError) bad\n    (shop 0.1.0) lib/shop/cart.ex:12: Shop.Cart.add/2\n    (shop 0.1.0) lib/shop.ex:3: Shop.run/0')).toBe('Shop.Cart.add');
  });
});
