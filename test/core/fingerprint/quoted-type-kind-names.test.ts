// A quoted name right after a word saying it names a type (`object of type 'X'`, `Class 'X' not
// found`) is the program's name for what failed, kept: found in threads-16
// (issue-thread-traces-16.test.ts), where EF Core's design-time `Unable to create an object of
// type '…'` for four projects' DbContexts, pasted with the CLI's lines, was one signature.
import { describe, expect, it } from 'vitest';
import { differentMessageWords, templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const dotnet = loadThreadTraces('threads-16', 'dotnet');
const designTime = dotnet.filter((r) => /design-time$/.test(r.group) || r.group.endsWith('efcore-constructor-order-mydbcontext'));

describe('a quoted name after `type`, `class`, `interface`', () => {
  it('is kept in an exception message, unqualified, dotted or with PHP backslashes', () => {
    expect(templateTokens("Unable to create an object of type 'SqliteDataContext'. For the different patterns", 40, 'message')).toContain("'SqliteDataContext'.");
    expect(templateTokens("Fatal error: Class 'Composer\\Installer\\BinaryInstaller' not found", 40, 'message')).toContain("'Composer\\Installer\\BinaryInstaller'");
    expect(templateTokens("PHP Fatal error:  Interface 'Composer\\Plugin\\PluginInterface' not found in x", 40, 'message')).toContain("'Composer\\Plugin\\PluginInterface'");
    expect(differentMessageWords("'SqliteDataContext'.", "'ApplicationDbContext'.")).toBe(true);
  });

  it('near misses: a quoted value after another word stays a value', () => {
    expect(templateTokens("could not parse 'seven' as a number", 40, 'message')).not.toContain("'seven'");
    expect(templateTokens("unknown plan 'Gold' requested", 40, 'message')).not.toContain("'Gold'");
  });

  it('real: EF Core design-time failures of four projects are four signatures, one run pasted twice stays one (deislabs/hippo#166, eShopOnContainers#1098, CoffeeShopper-IS4#1, efcore#28004)', () => {
    const sigs = signaturesInOrder(designTime);
    const byGroup = new Map<string, Set<string>>();
    designTime.forEach((r, i) => (byGroup.get(r.group) ?? byGroup.set(r.group, new Set()).get(r.group)!).add(sigs[i]));
    const all = [...byGroup.values()].flatMap((s) => [...s]);
    // No signature is shared by two projects' contexts.
    expect(new Set(all).size).toBe(all.length);
    expect(byGroup.size).toBeGreaterThanOrEqual(5);
  });
});
