// A Go stack without a goroutine header as a logger formats runtime.Frame: `pkg.(*T).m()` with
// empty parentheses, its file under it indented by spaces (stacktrace/go.ts): GoToSocial's
// readable stack and the same panic's logfmt record are one signature
// (superseriousbusiness/gotosocial#3674; threads-24, issue-thread-traces-24.test.ts), and what
// only looks like such frames is read as before.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { looksLikeGo } from '../../../src/core/fingerprint/stacktrace/go.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const go = loadThreadTraces('threads-24', 'go');
const gts = go.filter((r) => r.source === 'https://github.com/superseriousbusiness/gotosocial/issues/3674');
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

describe('a Go stack as a logger formats its frames', () => {
  it('real: the readable stack and the logfmt record are one signature (superseriousbusiness/gotosocial#3674)', () => {
    expect(gts).toHaveLength(2);
    expect(new Set(signaturesInOrder(gts)).size).toBe(1);
  });

  it('real: the readable stack names its crash site', () => {
    expect(fp(gts[0].stacktrace!).culprit).toContain('threadGETHandler');
  });

  it('space-indented and tab-indented file lines read alike', () => {
    const tabbed = 'shop/orders.(*Service).Load()\n\t/src/shop/orders/service.go:40\nshop/api.(*Server).Get()\n\t/src/shop/api/server.go:12';
    expect(fp(tabbed.replaceAll('\t', '  ')).fingerprint).toBe(fp(tabbed).fingerprint);
  });

  it('near miss: another crash site in the same format is another signature', () => {
    const a = 'shop/orders.(*Service).Load()\n  /src/shop/orders/service.go:40\nshop/api.(*Server).Get()\n  /src/shop/api/server.go:12';
    expect(fp(a).fingerprint).not.toBe(fp(a.replace('Load()', 'Save()')).fingerprint);
  });

  it('near miss: a function and an indented file of another language are not Go', () => {
    expect(looksLikeGo('app.views.index()\n  /srv/app/views.py:12')).toBe(false);
    expect(looksLikeGo('Shop.Orders.Load()\n   Orders.cs:40')).toBe(false);
  });
});
