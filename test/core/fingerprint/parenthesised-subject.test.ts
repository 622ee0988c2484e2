// An identifier in parentheses opening a log line's message is what it is about, a value
// (parenthesised-subject.ts). Real lines: Debian 12's keepalived 2.2.7 with VRRP instances VI_api,
// VI_mail and VI_dns (programs/keepalived, server-logs-16.test.ts) and Debian's cron for users root,
// dave and carol (programs/syslog, syslog-host.ndjson): one statement's lines were a template per
// instance while a log showed fewer than the miner's thresholds.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'keepalived', body }).fingerprint;
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('a parenthesised subject at the head of a message', () => {
  it("keepalived's lines about two instances, cron's about two users, are one signature per statement", () => {
    const f = createFingerprinter();
    const api = log(f, 'Sun Dec  6 00:11:42 2026: (VI_api) entering FAULT state');
    const mail = log(f, 'Sun Dec  6 00:11:42 2026: (VI_mail) entering FAULT state');
    expect(mail).toBe(api);
    expect(log(f, 'Sun Dec  6 00:11:42 2026: (VI_dns) removing VIPs.')).not.toBe(api);
    expect(tokens('Dec  5 01:24:01 vm CRON[4686]: (dave) CMD ([4689] ls /nonexistent/reports)')[3]).toBe('<name>');
  });

  it("near misses: the program's own label, a source location, a category, a parenthesis inside the message", () => {
    // Debian's cron: `(CRON)` is cron's own label
    expect(tokens('Dec  5 01:24:01 vm CRON[4686]: (CRON) error (grandchild #4689 failed with exit status 2)')).toContain('(CRON)');
    // lighttpd 1.4.69 (programs/lighttpd): the statement's source location, a dotted name, read
    // as before (classify's dotted names); a line of request.c's own text, since the header dump
    // after `rqst:` is one value (header-dump-line.ts)
    expect(tokens('2026-12-05 04:35:55: (request.c.317) unknown HTTP version -> 505')).toEqual(['<date>: <name>', 'unknown', 'HTTP', 'version', '->', '<int>']);
    expect(tokens('2026-12-05 04:35:54: (request.c.1344) rqst: Host: x')).toEqual(['<date>: <name>', 'rqst: <*>']);
    // macOS's kernel (os-logs): the Sandbox category is a capitalised word
    expect(tokens('kernel: (Sandbox) Sandbox: ollama-sandbox(4615) deny(1) file-read-data /System/Volumes/Preboot/Cryptexes/OS')).toContain('(Sandbox)');
    // keepalived: the parenthesis inside the message is the message's own
    expect(tokens('Sun Dec  6 00:11:42 2026: (VI_mail) entering FAULT state (no IPv4 address for interface)')).toEqual(['<date>: <name>', 'entering', 'FAULT', 'state', '(no', 'IPv4', 'address', 'for', 'interface)']);
  });
});
