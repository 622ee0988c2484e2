// A trace copied out of a page that rendered `#N` as links (`[#0](https://…/tickets/0)`), as a
// help desk that autolinks ticket numbers does. Found in threads-39 (issue-thread-traces-39.test.ts):
// woocommerce/woocommerce#40569's description, pasted from a Zendesk ticket, read one frame and the
// message `explode(): Argument [#<int>](<url>) …`, apart from the same statement a commenter pasted
// from the PHP log.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutReferenceLinks } from '../../../src/core/fingerprint/reference-link.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-39', 'php').filter((r) => r.source.endsWith('woocommerce/issues/40569'));
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'shop', stacktrace });

describe('`#N` references rendered as Markdown links', () => {
  it("real: the Zendesk paste reads its frames and PHP's message, one signature with the log's paste (woocommerce/woocommerce#40569)", () => {
    const [zendesk, log] = rows;
    expect(withoutReferenceLinks(zendesk.stacktrace!)).toContain('\n#1 /var/www/html/app/wp-content/plugins/woocommerce/includes/class-wc-data-store.php(159): WC_Coupon_Data_Store_CPT->read()');
    const a = fingerprintOf(zendesk.stacktrace!);
    // Keyed and shown in the wording every PHP version shares (php-engine-wording.ts): PHP 8's
    // without the parameter's name, which PHP 7 did not print.
    expect(a.message).toBe('explode(): Argument #<int> must be of type string, array given');
    expect(a.fingerprint).toBe(fingerprintOf(log.stacktrace!).fingerprint);
  });

  it('near misses: a link whose text is more than the number, a bare `[#2]`, and a link to no URL are left as they are', () => {
    for (const text of ['see [#2 upstream](https://github.com/a/b/issues/2)', 'list [#2] item', '[#2](not a url)', '[#2](javascript)']) expect(withoutReferenceLinks(text)).toBe(text);
  });

  it('made-up: a rooted link is read as its text too', () => {
    expect(withoutReferenceLinks('[#0](/agent/tickets/0) /srv/a.php(3): f()')).toBe('#0 /srv/a.php(3): f()');
  });
});

// GitHub's cross-repository references: the description of invoiceninja/invoiceninja#7108 filed
// again in invoiceninja/dockerfiles#425 shows frames #1 on as `invoiceninja/invoiceninja#1 …`
// (threads-43, issue-thread-traces-43.test.ts); read before as one frame, apart from #7108's paste.
describe('`#N` shown as another repository\'s reference, `owner/repo#N`', () => {
  const t43 = loadThreadTraces('threads-43', 'php');
  const copy = t43.find((r) => r.source.endsWith('dockerfiles/issues/425'))!;
  const original = t43.find((r) => r.source.endsWith('invoiceninja/issues/7108'))!;

  it('real: the copy reads every frame and is one signature with the original (invoiceninja/dockerfiles#425, invoiceninja/invoiceninja#7108)', () => {
    expect(withoutReferenceLinks(copy.stacktrace!)).toContain('\n#1 /var/www/app/app/Http/Controllers/BaseController.php(605): App\\\\Http\\\\Controllers\\\\BaseController->response()');
    const a = fingerprintOf(copy.stacktrace!);
    expect(a.frames.length).toBeGreaterThanOrEqual(5);
    expect(a.fingerprint).toBe(fingerprintOf(original.stacktrace!).fingerprint);
  });

  it('near misses: a reference inside a sentence, one opening a line of a text without a `#0 ` frame, and one not followed by a space stay', () => {
    for (const text of [
      '#0 /srv/a.php(3): f()\nsee acme/shop#12 for the fix',
      'acme/shop#1 /srv/a.php(3): f()\nacme/shop#2 /srv/b.php(4): g()',
      '#0 /srv/a.php(3): f()\nacme/shop#1\n',
    ]) expect(withoutReferenceLinks(text)).toBe(text);
  });

  it('made-up: frames from #1 on, each with another repository\'s name, are read as numbered frames', () => {
    expect(withoutReferenceLinks('#0 /srv/a.php(3): f()\nacme/shop.api#1 /srv/b.php(4): g()\nacme/shop.api#2 {main}')).toBe('#0 /srv/a.php(3): f()\n#1 /srv/b.php(4): g()\n#2 {main}');
  });
});
