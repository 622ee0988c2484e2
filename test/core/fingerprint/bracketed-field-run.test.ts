// A bracketed field of several tokens closing a run of bracketed fields is one value
// (bracketed-field-run.ts). Real lines: Debian 12's Pure-FTPd 1.0.50 with `-d -d`
// (programs/pure-ftpd, server-logs-28.test.ts), ftp_parser.c's `Command [%s] [%s]` for SITE CHMOD
// beside USER. Near misses: Go's own words in brackets after a panic's index (go-bugs-27's
// `index out of range [-1] [recovered, repanicked]`, runtime/panic.go), Apache's `[pid N:tid N]`
// field with the message after it (apache-error.ndjson), and bracketed fields that do not follow
// another one. Since fp-logs71 also a field glued to the fields before it, when it opens with its
// label and `=`: SSSD 2.8.2's dp_get_account_info_send `Got request for [%#x][%s][%s]`
// (programs/sssd, server-logs-58.test.ts) with a group whose name holds a space,
// `[0x2][BE_REQ_GROUP][name=release managers@good]`, was a signature apart from the statement's 86
// other lines.
import { describe, expect, it } from 'vitest';
import { bracketedFieldRunEnd } from '../../../src/core/fingerprint/bracketed-field-run.js';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';

const tokens = (line: string) => parameterize(line, true).split(/\s+/);
const endAt = (line: string, opening: string) => {
  const t = tokens(line);
  return bracketedFieldRunEnd(t, t.indexOf(opening));
};

describe('a bracketed field of several tokens in a run of bracketed fields', () => {
  it("Pure-FTPd's command lines are one signature whatever the argument holds", () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'pure-ftpd', body }).fingerprint;
    const user = t('Dec  6 09:30:41 vm pure-ftpd: (?@127.0.0.1) [DEBUG] Command [user] [alice]');
    expect(t('Dec  6 09:30:42 vm pure-ftpd: (alice@127.0.0.1) [DEBUG] Command [site] [CHMOD 999 quarter.csv]')).toBe(user);
    expect(t('Dec  6 09:30:42 vm pure-ftpd: (alice@127.0.0.1) [DEBUG] Command [retr] [q.csv]')).toBe(user);
    expect(t('Dec  6 09:30:42 vm pure-ftpd: (alice@127.0.0.1) [DEBUG] Command [pasv] []')).toBe(user);
  });

  it("SSSD's account requests are one signature when a name holds a space", () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'sssd', body }).fingerprint;
    const head = '(2026-12-07  7:30:57): [be[good]] [dp_get_account_info_send] (0x0200): Got request for ';
    const user = t(`${head}[0x1][BE_REQ_USER][name=alice@good]`);
    expect(t(`${head}[0x1][BE_REQ_USER][name=nosuchuser@down]`)).toBe(user);
    expect(t(`${head}[0x2][BE_REQ_GROUP][idnumber=99998]`)).toBe(user);
    expect(t(`${head}[0x2][BE_REQ_GROUP][name=release managers@good]`)).toBe(user);
    const line = 'Got request for [0x2][BE_REQ_GROUP][name=release managers@good]';
    expect(endAt(line, '[<hex>][BE_REQ_GROUP][name=release')).toBe(tokens(line).length - 1);
  });

  it('reads the field to its closing bracket at the line end', () => {
    const line = 'Command [site] [CHMOD 999 quarter.csv]';
    expect(endAt(line, '[CHMOD')).toBe(tokens(line).length - 1);
  });

  it("near misses: a program's own words in brackets, text after the field, no bracketed field before it", () => {
    // Go's runtime: words alone in the brackets, no value
    expect(endAt('panic: runtime error: index out of range [-1] [recovered, repanicked]', '[recovered,')).toBe(-1);
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'worker', body }).fingerprint;
    expect(t('panic: runtime error: index out of range [-1] [recovered, repanicked]')).not.toBe(t('panic: runtime error: index out of range [-1] [recovered]'));
    // Apache's header field: the message goes on after it
    expect(endAt('[Fri Dec 04 14:54:30.078402 2026] [mpm_event:notice] [pid 3499:tid 3499] AH00489: Apache/2.4.71 (Debian) configured -- resuming normal operations', '[pid')).toBe(-1);
    // not after a bracketed field
    expect(endAt('Command site [CHMOD 999 quarter.csv]', '[CHMOD')).toBe(-1);
    // a field that does not close within its bounds
    expect(endAt('Command [site] [CHMOD 999 a b c d e f g h quarter.csv]', '[CHMOD')).toBe(-1);
    // glued fields: words alone in the last one (a value in an earlier field is that field's), no
    // label, a field closed in its token, text after the field
    expect(endAt('panic at [0x1f][worker][recovered, repanicked]', '[<hex>][worker][recovered,')).toBe(-1);
    expect(endAt('request [7][user][name is missing]', '[<int>][user][name')).toBe(-1);
    expect(endAt('request [0x2][BE_REQ_GROUP][name=release managers@good] dropped', '[<hex>][BE_REQ_GROUP][name=release')).toBe(-1);
    expect(endAt('Got [a][b]c[name=x y]', '[a][b]c[name=x')).toBe(-1);
  });
});
