// The fields a log line ends with (src/core/fingerprint/trailing-fields.ts): after the first
// field of a trailing run of at least two, which fields a statement wrote is a value.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withTrailingFields } from '../../../src/core/fingerprint/trailing-fields.js';

interface Row { group: string; body: string }
const load = (file: string) => readFileSync(new URL(`../../fixtures/fingerprint/${file}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const bodiesOf = (file: string, group: string) => load(file).filter((r) => r.group === group).map((r) => r.body);

describe('trailing fields', () => {
  it('reads the fields after the first of a trailing run as one value', () => {
    expect(withTrailingFields(['authentication', 'failure;', 'logname=', 'uid=<*>', 'euid=<*>', 'tty=<*>', 'ruser=', 'rhost=<*>', 'user=<*>'])).toEqual(['authentication', 'failure;', 'logname=', '<fields>']);
    // sudo's separators between fields, and its command's arguments after `COMMAND=`
    expect(withTrailingFields(['command', 'not', 'allowed', ';', 'PWD=<*>', ';', 'USER=<*>', ';', 'COMMAND=<*>', '<path>'])).toEqual(['command', 'not', 'allowed', ';', 'PWD=<*>', '<fields>']);
  });

  it('leaves a single field, fields before words, and a line of fields alone', () => {
    const single = ['disconnect', 'from', 'unknown[<ip>]', 'commands=<*>'];
    expect(withTrailingFields(single)).toBe(single);
    const midLine = ['retry', 'attempt=<*>', 'max=<*>', 'gave', 'up'];
    expect(withTrailingFields(midLine)).toBe(midLine);
    const allFields = ['level=<*>', 'component=<*>', 'status=<*>'];
    expect(withTrailingFields(allFields)).toBe(allFields);
    const noWord = ['<date>', 'a=<*>', 'b=<*>'];
    expect(withTrailingFields(noWord)).toBe(noWord);
    // an access log written as fields after its timestamp (Envoy's key=value format, as
    // envoyproxy/envoy#9242 quotes it): its keys are what the line says
    const accessLog = ['[<int>/<int>/2026T03:<int>:<int>+<int>', '<int>]', 'method=<*>', 'authority=<*>', 'response_flag=<*>', 'upstream=<*>'];
    expect(withTrailingFields(accessLog)).toBe(accessLog);
    const tagged = ['envoy:', 'method=<*>', 'authority=<*>', 'response_flag=<*>'];
    expect(withTrailingFields(tagged)).toBe(tagged);
    // the message's last word is not a value of the field before it
    const word = ['a=<*>', 'b=<*>', 'refused'];
    expect(withTrailingFields(word)).toBe(word);
  });

  it("pam_unix's authentication failure with and without its optional ` user=` is one statement (syslog-host.ndjson)", () => {
    // Linux-PAM modules/pam_unix: "authentication failure; logname=%s uid=%d euid=%d tty=%s
    // ruser=%s rhost=%s %s%s", the last two ` user=` and the user when there is one.
    const lines = bodiesOf('syslog-host.ndjson', 'S_AUTH_FAILURE@sshd');
    expect(lines.some((l) => l.includes(' user='))).toBe(true);
    expect(lines.some((l) => !l.includes(' user='))).toBe(true);
    const f = createFingerprinter();
    expect(new Set(lines.map((body) => f.fingerprint({ source: 'log', service: 'syslog', body }).fingerprint)).size).toBe(1);
  });

  it("sudo's refusal is one statement whatever command it names (syslog-host.ndjson)", () => {
    const lines = bodiesOf('syslog-host.ndjson', 'S_SUDO_NOT_IN_SUDOERS');
    const f = createFingerprinter();
    expect(new Set(lines.map((body) => f.fingerprint({ source: 'log', service: 'syslog', body }).fingerprint)).size).toBe(1);
  });

  it('near misses: other words before the fields, or another first field, stay apart', () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'svc', body }).fingerprint;
    // SSSD's pam_sss writes "authentication %s; logname=%s … user=%s" with success or failure
    expect(t('pam_sss(sshd:auth): authentication success; logname= uid=0 euid=0 tty=ssh ruser= rhost=10.0.0.7 user=alice'))
      .not.toBe(t('pam_sss(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=10.0.0.7 user=alice'));
    // Dovecot's IMAP and POP3 logouts (dovecot-mail.ndjson): one reason, other fields
    const [imap] = bodiesOf('dovecot-mail.ndjson', 'IMAP_LOGGED_OUT');
    const [pop3] = bodiesOf('dovecot-mail.ndjson', 'POP3_LOGGED_OUT');
    expect(t(imap)).not.toBe(t(pop3));
    // an access log of fields through syslog: its program's tag is no word of the message
    expect(t('Dec  5 03:00:00 gw1 envoy[812]: method=GET authority=fares.example.com response_flag=UT status=504 upstream=10.8.4.21:7000'))
      .not.toBe(t('Dec  5 03:00:00 gw1 envoy[812]: method=GET authority=fares.example.com response_code_details=via_upstream status=504 upstream=10.8.4.21:7000'));
    // sudo: the refusal and the command it ran differ in words before the fields
    const refused = bodiesOf('syslog-host.ndjson', 'S_SUDO_NOT_ALLOWED')[0];
    const ran = bodiesOf('syslog-host.ndjson', 'S_SUDO_RAN')[0];
    expect(t(refused)).not.toBe(t(ran));
  });
});
