// MediaWiki's logged exception (`[<id>] <url>   <class> from line <n> of <file>: <message>`) is
// read as PHP's uncaught header, alone or over its `Backtrace:` (mediawiki-exception-log.ts).
// Found in threads-37 (issue-thread-traces-37.test.ts): PortableInfobox's `Class 'LightnCandy' not
// found` over its backtrace read no type nor message (lkucharczyk/mediawiki-PortableInfobox#28),
// and the reverted fix's one-line `Class 'LightnCandy\LightnCandy' not found` mined to `Error from
// line <int> of <path>: not found`, the class swallowed by the path mask (PR #31).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { mediawikiLoggedException } from '../../../src/core/fingerprint/mediawiki-exception-log.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-37', 'php');
const row = (url: string) => rows.find((r) => r.source === url)!;
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const logged = (id: string, cls: string, file: string) =>
  `2024-05-01 10:00:00 mw1 wiki: [${id}] /wiki/Page   Error from line 14 of /srv/w/extensions/Shop/includes/${file}: Class '${cls}' not found`;

describe("MediaWiki's logged exception", () => {
  it('real: both PortableInfobox reports name the Error, its message and its place (#28, PR #31)', () => {
    const traced = fp(row('https://github.com/lkucharczyk/mediawiki-PortableInfobox/issues/28').stacktrace!);
    expect(traced.type).toBe('Error');
    expect(traced.message).toBe("Class 'LightnCandy' not found");
    expect(traced.culprit).toContain('PortableInfoboxRenderService');
    const alone = fp(row('https://github.com/lkucharczyk/mediawiki-PortableInfobox/pull/31').stacktrace!);
    expect(alone.type).toBe('Error');
    expect(alone.message).toBe("Class 'LightnCandy\\LightnCandy' not found");
    expect(alone.culprit).toContain('PortableInfoboxRenderService.php');
  });

  it('one failure under two requests is one signature; another class in another file is another', () => {
    expect(fp(logged('aaa111', 'Shop\\Cart', 'Cart.php')).fingerprint).toBe(fp(logged('bbb222', 'Shop\\Cart', 'Cart.php')).fingerprint);
    expect(fp(logged('aaa111', 'Shop\\Cart', 'Cart.php')).fingerprint).not.toBe(fp(logged('aaa111', 'Mail\\Queue', 'Mailer.php')).fingerprint);
  });

  it('near miss: words with `from line` and no request id, or the line over lines that are no backtrace, are not read as the log', () => {
    expect(mediawikiLoggedException('Error from line 14 of my notes: nothing works')).toBeUndefined();
    expect(mediawikiLoggedException("[abc] /wiki/X   Error from line 3 of /a.php: boom\nand then it hung")).toBeUndefined();
  });
});
