// Three values a server writes where a word was read (session-protocol-name.ts,
// processed-packet-method.ts, ssh-identification-string.ts). Real lines: ProFTPD 1.3.8's session
// lines and mod_sftp's client version (programs/proftpd, server-logs-4.test.ts: main.c `"%s session
// opened."`, session.c `"%s session closed."`, mod_sftp `received client version '%s'`), coturn
// 4.6.1's processed packets (programs/coturn, server-logs-19.test.ts: ns_turn_server.c
// `incoming packet %s processed, success`), where each statement was one signature per protocol,
// method or peer string. Near misses: a lowercase word or other words in those places, capitals
// elsewhere (OpenVPN's `packet HMAC authentication failed`, an errno name), a quoted string that
// is no SSH identification, two statements with their own words around the value.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { isProcessedPacketMethod } from '../../../src/core/fingerprint/processed-packet-method.js';
import { isSessionProtocolName } from '../../../src/core/fingerprint/session-protocol-name.js';
import { sshIdentificationStringEnd } from '../../../src/core/fingerprint/ssh-identification-string.js';

const tokens = (line: string) => parameterize(line, true).split(/\s+/);
const at = (line: string, word: string, test: (t: readonly string[], i: number) => boolean) => {
  const t = tokens(line);
  return test(t, t.indexOf(word));
};
const signer = (service: string) => {
  const f = createFingerprinter();
  return (body: string) => f.fingerprint({ source: 'log', service, body }).fingerprint;
};

describe('the protocol a session is named by', () => {
  it("ProFTPD's FTP and SSH2 sessions are one signature as they open, another as they close", () => {
    const t = signer('proftpd');
    const opened = t('2026-12-05 06:40:51,395 vm proftpd[5778] 127.0.0.1 (127.0.0.1[127.0.0.1]): FTP session opened.');
    expect(t('2026-12-05 06:41:05,646 vm proftpd[5930] 127.0.0.1 (127.0.0.1[127.0.0.1]): SSH2 session opened.')).toBe(opened);
    const closed = t('2026-12-05 06:40:51,413 vm proftpd[5778] 127.0.0.1 (127.0.0.1[127.0.0.1]): FTP session closed.');
    expect(t('2026-12-05 06:41:05,646 vm proftpd[5930] 127.0.0.1 (127.0.0.1[127.0.0.1]): SSH2 session closed.')).toBe(closed);
    expect(closed).not.toBe(opened);
  });

  it('near misses: a lowercase word, capitals not before a session opening or closing', () => {
    expect(at('vm proftpd[5778]: new session opened.', 'new', isSessionProtocolName)).toBe(false);
    expect(at('vm proftpd[5778]: FTP server ready.', 'FTP', isSessionProtocolName)).toBe(false);
    expect(at('vm proftpd[5778]: FTP session refused.', 'FTP', isSessionProtocolName)).toBe(false);
    // pam_unix's `session opened for user %s`: nothing in capitals before it
    const t = signer('sshd');
    expect(t('pam_unix(sshd:session): session opened for user carol(uid=1001) by (uid=0)')).not.toBe(
      t('pam_unix(sshd:session): session closed for user carol'),
    );
  });
});

describe('the method of a processed packet', () => {
  it("coturn's processed ALLOCATE, REFRESH, CHANNEL_BIND and CREATE_PERMISSION are one signature", () => {
    const t = signer('coturn');
    const line = (m: string) => `2: : session 001000000000000001: realm <orders.example> user <alice>: incoming packet ${m} processed, success`;
    const allocate = t(line('ALLOCATE'));
    for (const m of ['REFRESH', 'CHANNEL_BIND', 'CREATE_PERMISSION']) expect(t(line(m))).toBe(allocate);
  });

  it('near misses: a lowercase word, capitals with no `processed` after them or no packet before', () => {
    expect(at('incoming packet message processed, success', 'message', isProcessedPacketMethod)).toBe(false);
    // OpenVPN: `packet HMAC authentication failed` names its own check
    expect(at('TLS Error: incoming packet HMAC authentication failed', 'HMAC', isProcessedPacketMethod)).toBe(false);
    expect(at('write to socket failed: error ENOBUFS processed', 'ENOBUFS', isProcessedPacketMethod)).toBe(false);
    expect(at('incoming packet ALLOCATE dropped', 'ALLOCATE', isProcessedPacketMethod)).toBe(false);
    // two statements around the value keep their own words
    const t = signer('turn');
    expect(t('incoming packet ALLOCATE processed, success')).not.toBe(t('outgoing packet ALLOCATE dropped, queue full'));
  });
});

describe('a quoted SSH identification string', () => {
  it("mod_sftp's client versions with and without comments are one signature", () => {
    const t = signer('proftpd');
    const plain = t("2026-12-05 06:41:06,640 mod_sftp/1.1.1[5939]: received client version 'SSH-2.0-Scanner'");
    expect(t("2026-12-05 06:41:07,221 mod_sftp/1.1.1[5949]: received client version 'SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10'")).toBe(plain);
    expect(t("2026-12-05 06:41:08,101 mod_sftp/1.1.1[5951]: received client version 'SSH-1.5-OldClient'")).toBe(plain);
    expect(t("2026-12-05 06:41:08,101 mod_sftp/1.1.1[5951]: sending server version 'SSH-2.0-mod_sftp'")).not.toBe(plain);
  });

  it('reads to the same closing quote, and nothing that is no SSH identification', () => {
    const t = tokens("received client version 'SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10' from peer");
    expect(sshIdentificationStringEnd(t, 3)).toBe(4);
    expect(sshIdentificationStringEnd(tokens("received client version 'SSH-2.0-Scanner'"), 3)).toBe(3);
    // a quoted request that is no SSH identification (an HTTP client on an SSH port)
    expect(sshIdentificationStringEnd(tokens("Bad protocol version identification 'GET / HTTP/1.1'"), 4)).toBe(-1);
    // no closing quote within the line
    expect(sshIdentificationStringEnd(tokens("received client version 'SSH-2.0-Go and more"), 3)).toBe(-1);
  });
});
