// Go's text/template (and html/template, which runs it) fails while it runs a template with an
// ExecError naming the template and the action: `template: emails:3:13: executing "welcome" at
// <.User.Name>: nil pointer evaluating *main.User.Name`. A real Go service
// (programs/go-bugs-6, the OpenTelemetry Go SDK's span.RecordError with its stack) renders every
// email through one helper, so a nil user in the welcome template and a nil order in the
// receipt had one crash site, one type and one signature; the template and its action now
// contribute, the line and column (moved by an edit of the template in build 2) do not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeNamedByMessage } from '../../../src/core/fingerprint/code-in-message.js';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; build: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-6.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe("Go text/template's execution error", () => {
  it('is one signature per template action, in both builds', () => {
    const mine = rows.filter((r) => r.type === 'text/template.ExecError');
    expect(new Set(mine.map((r) => r.failure))).toEqual(new Set(['welcome email without user', 'receipt email without order']));
    expect(new Set(mine.map((r) => r.build))).toEqual(new Set(['1', '2']));
    const fp = createFingerprinter();
    const results = mine.map((r) => ({ ...r, result: fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'go' }) }));
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
  });

  it('names the template and the action, not where in the template it stands or the reason', () => {
    const named = (m: string, type = 'text/template.ExecError') => codeNamedByMessage(type, m);
    // golang/go#15125 and pksunkara/alpaca#18.
    expect(named('template: tmpl:1:2: executing "tmpl" at <.Get>: nil pointer evaluating *main.outer.Get')).toBe('template tmpl "tmpl" at <.Get>');
    expect(named('template: php/readme.md:159:16: executing "php/readme.md" at <index $data.Doc $cla...>: error calling index: index of nil pointer')).toBe('template php/readme.md "php/readme.md" at <index $data.Doc $cla...>');
    expect(named('template: emails:3:13: executing "welcome" at <.User.Name>: nil pointer evaluating *main.User.Name')).toBe(named('template: emails:5:13: executing "welcome" at <.User.Name>: nil pointer evaluating *main.User.Name'));
    expect(named('template: emails:3:13: executing "welcome" at <.User.Name>: x', 'template.ExecError')).toBe('template emails "welcome" at <.User.Name>');
    // Near misses: another action of the same template is another statement; the same words
    // under another type (a wrapping fmt.Errorf, an errors.New) and the lookup of a template
    // that is not there are not read.
    expect(named('template: emails:6:14: executing "receipt" at <.Order.ID>: nil pointer evaluating *main.Order.ID')).not.toBe(named('template: emails:6:14: executing "receipt" at <.Order.Total>: nil pointer evaluating *main.Order.Total'));
    expect(named('render welcome: template: emails:3:13: executing "welcome" at <.User.Name>: x', '*fmt.wrapError')).toBeUndefined();
    expect(named('template: emails:3:13: executing "welcome" at <.User.Name>: x', '*errors.errorString')).toBeUndefined();
    expect(named('template: no template "invoice" associated with template "emails"', '*errors.errorString')).toBeUndefined();
  });
});
