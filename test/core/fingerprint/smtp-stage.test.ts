// The SMTP stage a mail server names after `after` is a value (src/core/fingerprint/smtp-stage.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { TemplateMiner } from '../../../src/core/fingerprint/miner.js';
import { resolveAliases } from '../../helpers/loghub.js';

interface Row { group: string; body: string }
const load = (file: string) => readFileSync(new URL(`../../fixtures/fingerprint/${file}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe('SMTP stages', () => {
  it('reads a stage after `after` as a value, with the byte count Postfix adds after DATA', () => {
    const shape = (body: string) => new TemplateMiner().tokens(body).join(' ');
    expect(shape('lost connection after EHLO from unknown[10.0.0.9]')).toBe('lost connection after <stage> from unknown[<ip>]');
    expect(shape('lost connection after DATA (0 bytes) from unknown[10.0.0.9]')).toBe('lost connection after <stage> (<size>) from unknown[<ip>]');
    expect(shape('too many errors after END-OF-MESSAGE from unknown[10.0.0.9]')).toBe('too many errors after <stage> from unknown[<ip>]');
  });

  it('leaves the same names elsewhere, and other words after `after`, as words', () => {
    const shape = (body: string) => new TemplateMiner().tokens(body).join(' ');
    expect(shape('MAIL FROM rejected: sender unknown')).toBe('MAIL FROM rejected: sender unknown');
    expect(shape('queue flushed after RESTART')).toBe('queue flushed after RESTART');
    expect(shape('retry after data loss')).toBe('retry after data loss');
  });

  it("Postfix's lost connection is one statement whatever the stage (postfix-mail.ndjson, aliases followed)", () => {
    const rows = load('postfix-mail.ndjson');
    const f = createFingerprinter();
    const predicted = resolveAliases(rows.map((r) => f.fingerprint({ source: 'log', service: 'postfix', body: r.body })));
    const at = rows.flatMap((r, i) => (r.group === 'P_LOST' ? [i] : []));
    expect(new Set(at.map((i) => / after ([A-Z-]+)/.exec(rows[i].body)?.[1])).size).toBeGreaterThan(3);
    expect(new Set(at.map((i) => predicted[i])).size).toBe(1);
  });

  it('near misses: the failure before the stage, and a word that is no stage, keep lines apart', () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'postfix', body }).fingerprint;
    expect(t('postfix/smtpd[1]: lost connection after EHLO from unknown[10.0.0.9]')).not.toBe(t('postfix/smtpd[1]: timeout after EHLO from unknown[10.0.0.9]'));
    expect(t('worker 3 stopped after RESTART request')).not.toBe(t('worker 3 stopped after SHUTDOWN request'));
  });
});
