// Knot Resolver's lua_error_p prints the traceback where the message would be and the message after
// the last frame (src/core/fingerprint/message-below-traceback.ts): the line the miner reads is the
// first with that message in the stand-in's place. Real records from
// test/fixtures/fingerprint/programs/knot-resolver (server-logs-54.test.ts), where engine.c's
// `error while loading config` for net.listen's, modules.load's and cache.open's errors were one
// signature, and the control socket's output for two commands another.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { messageBelowTraceback } from '../../../src/core/fingerprint/message-below-traceback.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const HERE = 'error occurred here (config filename:lineno is at the bottom, if config is involved):';
const record = (head: string, frames: string[], message: string) => `${head}${HERE}\nstack traceback:\n${frames.map((f) => `\t${f}`).join('\n')}\nERROR: ${message}`;

describe("a message under Knot Resolver's traceback", () => {
  it("takes the stand-in's place in the first line", () => {
    expect(messageBelowTraceback(record('[system] error while loading config: ', ["[C]: in function 'listen'", '/etc/kresd.conf:4: in main chunk'], "net.listen() failed to bind (workdir '/var/lib/kr')")))
      .toBe("[system] error while loading config: net.listen() failed to bind (workdir '/var/lib/kr')");
    expect(messageBelowTraceback(record('[contrl] ', ["[C]: in function 'load'", '[string "return table_print(modules.load(\'x\'))"]:1: in main chunk'], 'No such file or directory')))
      .toBe('[contrl] No such file or directory');
  });

  it('near misses: another first line, no traceback, or no ERROR line after the frames are left alone', () => {
    expect(messageBelowTraceback('[system] error while loading config: kresd.conf:4: \')\' expected near \'{\'')).toBeUndefined();
    expect(messageBelowTraceback(`[contrl] ${HERE}`)).toBeUndefined();
    expect(messageBelowTraceback(`[contrl] ${HERE}\nstack traceback:\n\t[C]: in function 'load'`)).toBeUndefined();
    expect(messageBelowTraceback(`lua: app.lua:5: boom\nstack traceback:\n\t[C]: in function 'error'\nERROR: not this`)).toBeUndefined();
    expect(messageBelowTraceback(`[contrl] ${HERE}\nsomething else\nERROR: not under a traceback`)).toBeUndefined();
  });

  it('real: each error raised through lua_error_p is a signature of its own, its repeats one', () => {
    const rows = loadServerLog('knot-resolver.ndjson').filter((r) => r.body.includes(HERE));
    expect(new Set(rows.map((r) => r.group)).size).toBe(5);
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'kresd', body: r.body })));
    const byGroup = new Map<string, Set<string>>();
    rows.forEach((r, i) => (byGroup.get(r.group) ?? byGroup.set(r.group, new Set()).get(r.group)!).add(ids[i]));
    expect([...byGroup.values()].every((s) => s.size === 1)).toBe(true);
    expect(new Set(ids).size).toBe(5);
  });

  it('the same error from two places with different messages stays two signatures', () => {
    const fp = createFingerprinter();
    const t = (m: string) => fp.fingerprint({ source: 'log', service: 'kresd', body: record('[system] error while loading config: ', ["[C]: in function 'listen'", '/etc/kresd.conf:4: in main chunk'], m) }).fingerprint;
    expect(t("net.listen() failed to bind (workdir '/a')")).toBe(t("net.listen() failed to bind (workdir '/b')"));
    expect(t("net.listen() failed to bind (workdir '/a')")).not.toBe(t("expected 'open(number max_size, string config = \"\")' (workdir '/a')"));
  });
});
