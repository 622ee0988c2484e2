import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { TemplateMiner } from '../../../src/core/fingerprint/miner.js';

const log = (body: string) => ({ source: 'log' as const, service: 'db', body, severityText: 'ERROR' });

describe('template miner', () => {
  it('groups lines that differ only in values', () => {
    const fp = createFingerprinter();
    const a = fp.fingerprint(log('connection to 10.0.0.7:5432 timed out after 3012 ms'));
    const b = fp.fingerprint(log('connection to 10.0.0.9:5433 timed out after 120 ms'));
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(b.message).toBe('connection to <ip>:<int> timed out after <duration>');
  });

  it('keeps the cluster id when a template is refined (a signature is never re-keyed)', () => {
    const fp = createFingerprinter();
    const first = fp.fingerprint(log('lock 4f2 held on shard 7a3x timed out'));
    const second = fp.fingerprint(log('lock 9c1 held on shard 2k9q timed out'));
    expect(second.message).toBe('lock <*> held on shard <*> timed out');
    expect(second.fingerprint).toBe(first.fingerprint);
  });

  it('does not join lines that differ in a plain word', () => {
    const fp = createFingerprinter();
    const a = fp.fingerprint(log('Payment 881 declined: card expired'));
    const b = fp.fingerprint(log('Payment 912 declined: card blocked'));
    expect(b.fingerprint).not.toBe(a.fingerprint);
  });

  it('survives a restart through exported state, and reports dirty', () => {
    const fp = createFingerprinter();
    expect(fp.dirty).toBe(false);
    const a = fp.fingerprint(log('cache stampede on key cart:17: 40 concurrent loaders'));
    expect(fp.dirty).toBe(true);
    const state = JSON.parse(JSON.stringify(fp.exportState()));
    expect(fp.dirty).toBe(false);
    const restarted = createFingerprinter({ minerState: state });
    expect(restarted.fingerprint(log('cache stampede on key cart:99: 3 concurrent loaders')).fingerprint).toBe(a.fingerprint);
    expect(restarted.dirty).toBe(false);
  });

  it('merges two clusters once a refinement covers both, keeping the older id and reporting the alias', () => {
    const fp = createFingerprinter({ templateSimilarity: 0.7 });
    const a = fp.fingerprint(log('Job Ab1 Cd1 failed now'));
    const b = fp.fingerprint(log('Job Ab2 Cd2 failed now')); // 3/5 < 0.7: a second cluster
    expect(b.fingerprint).not.toBe(a.fingerprint);
    expect(fp.fingerprint(log('Job Ab1 Cd3 failed now')).fingerprint).toBe(a.fingerprint); // → Job Ab1 <*> failed now
    const d = fp.fingerprint(log('Job Ab3 Cd1 failed now')); // → Job <*> <*> failed now, which covers b
    expect(d.fingerprint).toBe(a.fingerprint);
    expect(d.aliases).toEqual([b.fingerprint]);
    // From now on b's lines resolve to the survivor, and the alias is reported only once.
    const again = fp.fingerprint(log('Job Ab2 Cd2 failed now'));
    expect(again.fingerprint).toBe(a.fingerprint);
    expect(again.aliases).toEqual([]);
    // The merge survives a restart.
    const restarted = createFingerprinter({ templateSimilarity: 0.7, minerState: JSON.parse(JSON.stringify(fp.exportState())) });
    expect(restarted.fingerprint(log('Job Ab9 Cd9 failed now')).fingerprint).toBe(a.fingerprint);
  });

  it('caps its size: beyond maxTemplates a shape is keyed by its masked text, unmined', () => {
    const miner = new TemplateMiner({ maxClusters: 2 });
    miner.add('p', 'alpha one');
    miner.add('p', 'beta two three');
    const r = miner.add('p', 'gamma four five six');
    expect(r.mined).toBe(false);
    expect(miner.size).toBe(2);
    expect(miner.add('p', 'gamma four five six').clusterId).toBe(r.clusterId);
  });

  it('masks host names, paths, quoted and bracketed values, and the value of key=value', () => {
    const miner = new TemplateMiner();
    const shape = (body: string) => miner.tokens(body).join(' ');
    expect(shape('proxy.cse.cuhk.edu.hk:5070 open through proxy socks.example.hk:1080 HTTPS')).toBe('<name> open through proxy <name> HTTPS');
    expect(shape('cannot open /var/lib/app/x.db: permission denied')).toBe('cannot open <path>: permission denied');
    expect(shape('[pool-1-thread-3] job "x-17" failed for user alice')).toBe('<*> job <*> failed for user <name>');
    // A quoted word in a log line names something; in an exception message it is a value.
    expect(shape('duplicate key value violates unique constraint "users_pkey"')).toBe('duplicate key value violates unique constraint "users_pkey"');
    expect(miner.tokens("invalid literal for int() with base 10: 'seven'", 'message').join(' ')).toBe('invalid literal for int() with base <int>: <*>');
    expect(shape('session uid=0 tty=ssh opened for root')).toBe('session uid=<*> tty=<*> opened for root');
    expect(shape('auth failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=10.0.0.1')).toBe('auth failure; logname= uid=<*> euid=<*> tty=<*> ruser= rhost=<*>');
    expect(shape('DHCPREQUEST for 10.0.0.2 from 00:11:43:e3:ba:c3 via eth1')).toBe('DHCPREQUEST for <ip> from <mac> via eth1');
    // A quoted text of several words is one value, whatever its length (Jellyfin, Zigbee2MQTT and
    // MySQL lines from public issue threads); a lone quote is not an opening one.
    expect(shape('Removing item, Type: "BoxSet", Name: "Spider-Man (MCU) Collection", Path: ""')).toBe('Removing item, Type: <*> Name: <*> Path: <*>');
    // A quoted token after a label with its colon is the labelled value (PostgreSQL's own log),
    // unless it states a kind of failure.
    expect(shape('ERROR:  invalid input syntax for type integer: "x7" at character 8')).toBe(shape('ERROR:  invalid input syntax for type integer: "abc" at character 8'));
    expect(shape('job 7 status: "expired"')).not.toBe(shape('job 7 status: "blocked"'));
    // A line met again is answered from the miner's memo of lines, per kind of body: the same
    // text read as a log line and as an exception's message keeps each reading.
    const quoted = 'cannot find module "left-pad"';
    expect(miner.tokens(quoted).join(' ')).toBe('cannot find module <name>');
    expect(miner.tokens(quoted, 'message').join(' ')).toBe('cannot find module <*>');
    expect(miner.tokens(quoted).join(' ')).toBe('cannot find module <name>');
    expect(miner.tokens(quoted, 'message')).toBe(miner.tokens(quoted, 'message'));
    expect(shape('Removing item, Type: "BoxSet", Name: "Spider-Man: Spider-Verse Collection", Path: ""')).toBe(shape('Removing item, Type: "BoxSet", Name: "Spider-Man (MCU) Collection", Path: ""'));
    expect(shape("Publish 'set' 'state' to 'Interruptor Serviço' failed")).toBe("Publish 'set' 'state' to <*> failed");
    expect(shape("'db' entry 'sys mysql.sys@localhost' ignored in --skip-name-resolve mode.")).toBe("'db' entry <*> ignored in --skip-name-resolve mode.");
    expect(shape("the users' sessions and the admins' sessions expired")).toBe("the users' sessions and the admins' sessions expired");
    // A label that names what follows it, with its colon; a quoted name after it too.
    expect(shape('upstream timed out, client: 10.0.0.1, server: localhost, host: "shop"')).toBe('upstream timed out, client: <ip>, server: <name> host: <name>');
    expect(shape("Aborted connection 216 to db: 'seafile_db' user: 'seafile'")).toBe('Aborted connection <int> to db: <name> user: <name>');
    expect(shape('server closed the connection unexpectedly')).toBe('server closed the connection unexpectedly');
    // Quotes around values the parameteriser found are a structure: an access log's method stays.
    expect(shape('10.11.10.1 "GET /v2/54fadb/servers/detail HTTP/1.1" status: 200')).toBe('<ip> "GET <path> HTTP/<float>" status: <int>');
  });

  it('gives variable-length parameters one shape: lists, sizes with and without a unit in brackets', () => {
    const fp = createFingerprinter();
    const lines = [
      'BLOCK* ask 10.250.18.114:50010 to delete blk_-5140072410813878235',
      'BLOCK* ask 10.251.126.5:50010 to delete blk_-9016567407076718172 blk_-8695715290502978219 blk_-7168328752988',
      'host.example.org:443 close, 1190 bytes (1.16 KB) sent, 815 bytes received, lifetime <1 sec',
      'host.example.org:443 close, 0 bytes sent, 18846 bytes (18.4 KB) received, lifetime 00:01',
      'Fan speeds ( 3552 3534 3375 4354 3515 3479 )',
      'Fan speeds ( 3552 3534 )',
    ].map((body) => fp.fingerprint(log(body)).fingerprint);
    expect(lines[1]).toBe(lines[0]);
    expect(lines[3]).toBe(lines[2]);
    expect(lines[5]).toBe(lines[4]);
    expect(new Set(lines).size).toBe(3);
  });

  it('keeps lines apart whose words differ, also capitalised ones and words with digits', () => {
    const fp = createFingerprinter();
    const f = (body: string) => fp.fingerprint(log(body)).fingerprint;
    expect(f('[instance: 6c1c3bb5-7a53-4a8c-b8a6-8e4e17c5b9e2] VM Started (Lifecycle Event)')).not.toBe(f('[instance: 0a2e7b0c-5e4d-4b8e-9a51-3d8c5f2e1b7a] VM Paused (Lifecycle Event)'));
    expect(f('10.0.0.1:80 open through proxy p.example.hk:5070 HTTPS')).not.toBe(f('10.0.0.2:22 open through proxy p.example.hk:5070 SOCKS5'));
    // …but not a word whose only difference is a number in it,
    expect(f('no server for domain storage433')).toBe(f('no server for domain storage434'));
    // nor one whose only difference is a random hex suffix (systemd-networkd on one host,
    // systemd/systemd#15445: two Docker veth interfaces), while a different kind of interface
    // (before any line made that position a value), or a short run of hex letters and a digit
    // (`md5` / `sha1`), is a different word.
    const other = createFingerprinter();
    const g = (body: string) => other.fingerprint(log(body)).fingerprint;
    expect(g('systemd-networkd[681]: tun0: Gained carrier')).not.toBe(g('systemd-networkd[681]: veth7e084358: Gained carrier'));
    expect(f('systemd-networkd[681]: veth7e084358: Gained carrier')).toBe(f('systemd-networkd[681]: veth189c614a: Gained carrier'));
    expect(f('systemd-networkd[681]: vethf24de83: Lost carrier')).toBe(f('systemd-networkd[681]: veth7e084358: Lost carrier'));
    expect(f('checksum md5 mismatch for upload')).not.toBe(f('checksum sha1 mismatch for upload'));
  });

  it('keeps lines apart whose labelled values have different labels, or whose qualified names differ in a word', () => {
    // OpenSSL's error strings as Postfix logs them (programs/postfix): the reason's last word is
    // glued to the masked source file after it, and `routines::<reason>` is one token.
    const fp = createFingerprinter();
    const f = (body: string) => fp.fingerprint(log(body)).fingerprint;
    const tls = (code: string, reason: string, file: string) => `postfix/smtpd[812]: warning: TLS library problem: error:${code}:SSL routines::${reason}:${file}:`;
    const protocol = f(tls('0A000102', 'unsupported protocol', '../ssl/statem/statem_srvr.c:1664'));
    expect(f(tls('0A00009C', 'http request', '../ssl/record/ssl3_record.c:341'))).not.toBe(protocol);
    // near misses: the same reason from another build (other code, file and line) is one failure,
    expect(f(tls('1408F10B', 'unsupported protocol', '../ssl/statem/statem_lib.c:1990'))).toBe(protocol);
    // as is one label with other values, or labels that differ in their digits only.
    expect(f('cpu0=97 over budget for tenant acme')).toBe(f('cpu1=12 over budget for tenant acme'));
    expect(f('lookup failed for record:a1.example type=AAAA')).toBe(f('lookup failed for record:b2.example type=MX'));
    expect(f('retry budget exhausted for shard=3 after 5 tries')).not.toBe(f('retry budget exhausted for tenant=acme after 5 tries'));
    // Qualified names: another word is another function; other digits are the same one.
    expect(f('Cache::get failed for key 42 on node a1')).not.toBe(f('Cache::put failed for key 42 on node a1'));
    expect(f('Shard1::open failed for key 42 on node a1')).toBe(f('Shard2::open failed for key 7 on node a1'));
  });

  it('groups one statement of a log whose timestamps name the weekday, whatever the day', () => {
    // Apache's error log (nextcloud/server#15688; the second line the same statement a day
    // later): until rounds-fp/6 the weekday after the bracket was a word, one signature a day.
    const fp = createFingerprinter();
    const f = (body: string) => fp.fingerprint(log(body)).fingerprint;
    expect(f('[Thu Sep 03 13:18:17.787916 2020] [access_compat:error] [pid 1898] [client 185.200.215.103:56535] AH01797: client denied by server configuration: /var/www/nextcloud/config')).toBe(
      f('[Fri Sep 04 09:02:51.004112 2020] [access_compat:error] [pid 8153] [client 185.200.215.103:49709] AH01797: client denied by server configuration: /var/www/nextcloud/config'),
    );
    // unless it is a message code, whose number is the statement (Apache's two modules).
    expect(f('[client 10.0.0.1:4711] AH01630: client denied by server configuration: /srv/www/a')).not.toBe(f('[client 10.0.0.2:4712] AH01797: client denied by server configuration: /srv/www/b'));
  });

  it('loads version-1 state: every signature keeps its cluster id', () => {
    const fixture = JSON.parse(readFileSync(new URL('../../fixtures/miner-state/v1.json', import.meta.url), 'utf8')) as {
      state: { version: number; clusters: unknown[] };
      lines: { partition: string; body: string; clusterId: string }[];
    };
    expect(fixture.state.version).toBe(1);
    const miner = new TemplateMiner({}, fixture.state);
    expect(miner.size).toBeGreaterThan(0);
    expect(miner.dirty).toBe(true); // the migrated state is saved in the new version
    // Since rounds-fp/5 a zone after a time is part of the timestamp (`… 19:46:35.443 UTC [99449]
    // ERROR: …` has one token fewer): those lines start a cluster of today's shape, and the
    // signatures built on the old one move to it when Rounds upgrades the store
    // (store/lmdb/fingerprint-upgrade.ts; test/store/fingerprint-upgrade.test.ts).
    const reshaped = (body: string) => / UTC \[/.test(body);
    expect(fixture.lines.filter((l) => reshaped(l.body)).length).toBeGreaterThan(0);
    const kept = fixture.lines.filter((l) => !reshaped(l.body));
    for (const line of kept) expect(miner.resolve(miner.add(line.partition, line.body).clusterId), line.body).toBe(miner.resolve(line.clusterId));
    const saved = miner.exportState();
    expect(saved.version).toBe(2);
    const reloaded = new TemplateMiner({}, JSON.parse(JSON.stringify(saved)));
    for (const line of kept) expect(reloaded.resolve(reloaded.add(line.partition, line.body).clusterId)).toBe(reloaded.resolve(line.clusterId));
  });

  it('ignores state of an unknown shape instead of crashing', () => {
    const fp = createFingerprinter({ minerState: { version: 99, junk: true } });
    expect(fp.fingerprint(log('x')).fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });
});

