// Log lines with no word of the statement's own left once their values are masked: memcached
// 1.6.18's -vv log (test/fixtures/fingerprint/memcached.ndjson, programs/memcached) writes `<fd `
// before what a client sent and `>fd ` before what it answers, so its one-word replies and
// commands, its echoed commands whose rest is the client's key and numbers, and its rows of hex
// bytes were a handful of signatures (server-logs-25: GA 0.447 → 0.821). miner.ts
// joinValuePosition makes a place a value only where the lines keep a word elsewhere, and a
// template of values alone takes only values written alike (template-tokens.ts sameWriting).
import { describe, expect, it } from 'vitest';
import { TemplateMiner } from '../../../src/core/fingerprint/miner.js';

/** The cluster each line ends in, absorbed clusters followed to their survivor. */
function mined(lines: string[]): string[] {
  const miner = new TemplateMiner();
  const ids = lines.map((l) => miner.add('p', l).clusterId);
  return ids.map((id) => miner.resolve(id));
}

const distinct = (ids: string[]): number => new Set(ids).size;

describe('lines whose only word differs, or of values alone', () => {
  it('keeps one-word commands and replies after a descriptor apart (memcached -vv)', () => {
    const ids = mined(['<24 version', '<24 mn', '<24 watch', '<25 shutdown', '<24 verbosity', '>24 STORED', '>24 END', '>25 ERROR', '>25 STORED']);
    expect(distinct(ids)).toBe(8);
    expect(ids[5]).toBe(ids[8]);
  });

  it('keeps commands apart whose rest is a labelled value and numbers, and joins one command', () => {
    const ids = mined(['<24 set user:1001 0 300 5', '<24 add user:1001 0 0 3', '<24 append user:1001 0 0 1', '<24 incr user:1001 1', '<24 cas user:1001 0 0 1 12345', '<25 set user:77 0 0 2']);
    expect(distinct(ids)).toBe(5);
    expect(ids[0]).toBe(ids[5]);
  });

  it('still makes a place a value where the lines share words elsewhere', () => {
    const ids = mined(['Failed password for alice from 10.0.0.1 port 22', 'Failed password for bob from 10.0.0.2 port 22', 'Failed password for carol from 10.0.0.3 port 22', 'Failed password for dave from 10.0.0.4 port 22']);
    expect(distinct(ids)).toBe(1);
  });

  it('keeps rows of values apart by the marks around them and the kinds of value', () => {
    const ids = mined(['<24    0x80 0x00 0x00 0x09', '<25    0x00 0x00 0x00 0x00', '>24   0x81 0x00 0x00 0x00', '>25   0x00 0x00 0x00 0x2e', '>24 12', '>25 0']);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    expect(ids[4]).toBe(ids[5]);
    expect(distinct(ids)).toBe(3);
  });

  it('lets a name be empty in a line of values alone (the DNS root zone is its dot)', () => {
    const ids = mined(['.:25353', 'example.test.:25353', 'broken.test.:25353']);
    expect(distinct(ids)).toBe(1);
  });
});
