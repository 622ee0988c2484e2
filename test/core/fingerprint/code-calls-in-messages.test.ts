// A function an exception's message names as code — a call with its parentheses (`Call to a
// member function getTitle() on null`) or an Erlang/Elixir function with its arity (`no function
// clause matching in Store.Router.Helpers.checkout_path/2`) — keeps two messages apart
// (template-tokens.ts, CODE_CALL). Before, the miner took the name for a value where the message
// was all that named the failure: Nextcloud's formatted log entries of three apps (`Call to a
// member function <*> on null in file <*> line <int>`), Nextant's old log beside WooCommerce's
// remote-logging record, and a Phoenix router helper's missing clause beside Cowboy 1's parser's
// were one signature each (threads-8 php P 0.583, elixir P 0).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces } from './thread-traces.js';

const sigs = (runtime: string, sources: string[]) => {
  const fp = createFingerprinter();
  const rows = loadThreadTraces('threads-8', runtime);
  return sources.map((s) => {
    const r = rows.find((x) => x.source.endsWith(s))!;
    return fp.fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace }).fingerprint;
  });
};
const messages = (type: string, list: string[]) => {
  const fp = createFingerprinter();
  return list.map((message) => fp.fingerprint({ source: 'span', service: 'app', type, message }).fingerprint);
};

describe('functions named as code in a message', () => {
  it("keeps Nextcloud apps' `… on null` apart (welcome#35, nextcloud-gpodder#129, server#48172)", () => {
    const s = sigs('php', ['welcome/issues/35', 'nextcloud-gpodder/issues/129', 'server/issues/48172']);
    expect(new Set(s).size).toBe(3);
  });

  it("keeps Nextant's getCode() apart from WooCommerce's get_column_count() (fulltextsearch#111, woocommerce#53658)", () => {
    const [a, b] = sigs('php', ['fulltextsearch/issues/111', 'woocommerce/issues/53658']);
    expect(a).not.toBe(b);
  });

  it('keeps two missing function clauses apart (phoenix-billing-demo#3, krihelinator#147)', () => {
    const [a, b] = sigs('elixir', ['phoenix-billing-demo/issues/3', 'krihelinator/issues/147']);
    expect(a).not.toBe(b);
  });

  it('still groups one function with other values around it', () => {
    // Near misses: the same call, another file and line in Nextcloud's wrapper; the same
    // conversion with another input; the same clause with the arity printed or masked.
    const [a, b] = messages('Exception', [
      "Call to a member function getPath() on null in file '/var/www/nextcloud/apps/files/lib/Controller/ViewController.php' line 240",
      "Call to a member function getPath() on null in file '/srv/www/cloud/apps/files/lib/Controller/ViewController.php' line 241",
    ]);
    expect(a).toBe(b);
    const [c, d] = messages('ValueError', ["invalid literal for int() with base 10: 'seven'", "invalid literal for int() with base 10: 'x1'"]);
    expect(c).toBe(d);
    const [e, f] = messages('FunctionClauseError', ['no function clause matching in Shop.Cart.add/2', 'no function clause matching in Shop.Cart.add/2']);
    expect(e).toBe(f);
  });

  it('tells calls of one message apart when nothing else does', () => {
    const s = messages('Error', ['Call to a member function getTitle() on null', 'Call to a member function getOwner() on null', 'Call to undefined method App\\Cart::total()', 'Call to undefined method App\\Cart::count()']);
    expect(new Set(s).size).toBe(4);
  });
});
