// A mail peer's names before its bracketed address are an optional part of it
// (src/core/fingerprint/peer-name.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { TemplateMiner } from '../../../src/core/fingerprint/miner.js';
import { resolveAliases } from '../../helpers/loghub.js';

interface Row { group: string; body: string }
const load = (file: string) => readFileSync(new URL(`../../fixtures/fingerprint/${file}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe("a peer's names before its bracketed address", () => {
  it('drops a HELO name in parentheses and a resolved name after `from` or `H=`', () => {
    const shape = (body: string) => new TemplateMiner().tokens(body).join(' ');
    const bare = shape('no MAIL in SMTP connection from [127.0.0.1]:52802 D=0s');
    expect(shape('no MAIL in SMTP connection from (x) [127.0.0.1]:46366 D=0s')).toBe(bare);
    expect(shape('no MAIL in SMTP connection from (c.example) [127.0.0.1]:46366 D=0s')).toBe(bare);
    const h = shape('SMTP syntax error in "QUX" H=[127.0.0.1]:47868 unrecognized command');
    expect(shape('SMTP syntax error in "QUX" H=(c.example) [127.0.0.1]:47868 unrecognized command')).toBe(h);
    expect(shape('SMTP syntax error in "QUX" H=mail.example.net (mx1) [192.0.2.7]:47868 unrecognized command')).toBe(h);
    expect(shape('SMTP syntax error in "QUX" H=mail.example.net [192.0.2.7]:47868 unrecognized command')).toBe(h);
  });

  it('near misses: a parenthesised word that is no host name, and names before no address, are kept', () => {
    const shape = (body: string) => new TemplateMiner().tokens(body).join(' ');
    expect(shape('upstream refused (ECONNREFUSED) [10.0.0.1]:80')).toContain('(ECONNREFUSED)');
    expect(shape('connection from (laptop) 10.0.0.1 dropped')).toContain('(laptop)');
    expect(shape('login from (laptop) [pid 12] failed')).toContain('(laptop)');
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'svc', body }).fingerprint;
    expect(t('upstream refused (ECONNREFUSED) [10.0.0.1]:80 retrying')).not.toBe(t('upstream refused (ECONNRESET) [10.0.0.1]:80 retrying'));
    expect(t('H=(c.example) [127.0.0.1]:4 rejected MAIL <a@b.example>: Sender domain blacklisted')).not.toBe(t('H=(c.example) [127.0.0.1]:4 rejected RCPT <a@b.example>: relay not permitted'));
  });

  it("Exim's `no MAIL in SMTP connection` with and without a HELO name is one signature (exim-mainlog.ndjson)", () => {
    const rows = load('exim-mainlog.ndjson');
    const f = createFingerprinter();
    const predicted = resolveAliases(rows.map((r) => f.fingerprint({ source: 'log', service: 'exim', body: r.body })));
    // The lines with a command list (` C=…`): a line without one has a single trailing field, and optional trailing fields stay apart (docs/fingerprinting.md).
    const at = rows.flatMap((r, i) => (r.group === 'smtp_in.c:1911 no MAIL' && / C=/.test(r.body) ? [i] : []));
    expect(at.some((i) => /from \(/.test(rows[i].body)) && at.some((i) => /from \[/.test(rows[i].body))).toBe(true);
    const got = new Set(at.map((i) => predicted[i]));
    expect(got.size).toBe(1);
  });
});
