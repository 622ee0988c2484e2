// Unity's console prints a managed exception's frames as `Ns.Class.Method (args) (at file:line)`
// rows, without Exception.ToString()'s `at ` (src/core/fingerprint/unity-console.ts). Found in
// threads-11 (issue-thread-traces-11.test.ts): SpaceShooter's StartAudioScript.Start and
// AssetBundle Browser's RefreshAssetList, both NullReferenceException, read as no frame and were
// one signature, known by the message alone.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-11', 'dotnet');
const row = (source: string) => rows.find((r) => r.source.endsWith(source))!;
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'game', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe("Unity's console rows", () => {
  it('real: the rows are frames, the first the crash site (PaigeWelton/SpaceShooter#1, Unity-Technologies/AssetBundles-Browser#139)', () => {
    const audio = parseStacktrace(row('SpaceShooter/issues/1').stacktrace!);
    expect(audio.runtime).toBe('dotnet');
    // Unity's console prints the runtime's type by its short name (dotnet-system-types.ts).
    expect(audio.exceptions[0]).toMatchObject({ type: 'System.NullReferenceException', message: 'Object reference not set to an instance of an object' });
    expect(audio.exceptions[0].frames.map((f) => [f.module, f.function, f.line])).toEqual([['StartAudioScript', 'Start', 13]]);
    const browser = fingerprintOf(row('AssetBundles-Browser/pull/139'));
    expect(browser.culprit).toContain('BundleDataInfo.RefreshAssetList');
    expect(browser.fingerprint).not.toBe(fingerprintOf(row('SpaceShooter/issues/1')).fingerprint);
  });

  it("real: a coroutine's iterator frame and an engine frame without symbols (`(at <mvid>:0)`) (PontusAhlin/HorrorGame#71)", () => {
    const parsed = parseStacktrace(row('HorrorGame/issues/71').stacktrace!);
    expect(parsed.runtime).toBe('dotnet');
    expect(parsed.exceptions[0].type).toBe('UnassignedReferenceException');
    expect(parsed.exceptions[0].frames.map((f) => [f.function, f.file, f.line])).toEqual([
      ['MoveNext', 'Assets/Scripts/ObjectAppearDelay.cs', 35], ['InvokeMoveNext', undefined, undefined],
    ]);
    expect(fingerprintOf(row('HorrorGame/issues/71')).culprit).toContain('ObjectAppearDelay');
  });

  it('real: rows copied onto one line after the message are the same frames as the console printed them (liortal53/MissingReferencesUnity#5)', () => {
    const oneLine = row('MissingReferencesUnity/issues/5');
    const parsed = parseStacktrace(oneLine.stacktrace!);
    expect(parsed.exceptions[0].frames.map((f) => [f.function, f.line])).toEqual([['FindMissingReferences', 67], ['FindMissingReferencesInCurrentScene', 22]]);
    const asPrinted = oneLine.stacktrace!.replace(' MissingReferencesFinder.FindMissingReferences ', '\nMissingReferencesFinder.FindMissingReferences ').replace(':67) ', ':67)\n');
    expect(asPrinted.split('\n')).toHaveLength(3);
    expect(fingerprintOf({ ...oneLine, stacktrace: asPrinted }).fingerprint).toBe(fingerprintOf(oneLine).fingerprint);
  });

  it('one statement in two builds is one signature (lines never contribute), another method another', () => {
    const trace = (method: string, line: number) => `NullReferenceException: Object reference not set to an instance of an object\nStartAudioScript.${method} () (at Assets/Scripts/StartAudioScript.cs:${line})`;
    const a = fingerprintOf({ type: 'NullReferenceException', stacktrace: trace('Start', 13) });
    expect(fingerprintOf({ type: 'NullReferenceException', stacktrace: trace('Start', 19) }).fingerprint).toBe(a.fingerprint);
    expect(fingerprintOf({ type: 'NullReferenceException', stacktrace: trace('Update', 13) }).fingerprint).not.toBe(a.fingerprint);
  });

  it("near misses: prose citing a place, Node's `at fn (file:line:col)`, and ToString()'s frames read as before", () => {
    expect(parseStacktrace('the value is set by Config.Load (see below) (at docs/setup.md:12) and nowhere else').runtime).not.toBe('dotnet');
    const node = parseStacktrace("TypeError: Cannot read properties of undefined (reading 'x')\n    at Object.load (/app/src/index.js:33:21)\n    at main (/app/src/index.js:9:3)");
    expect(node.runtime).toBe('javascript');
    // SCP: Secret Laboratory's Mono rows (ServerMod/MultiAdmin#41) keep their `at` form and reading.
    const mono = parseStacktrace(row('MultiAdmin/issues/41').stacktrace!);
    expect(mono.exceptions[0].frames.map((f) => f.function)).toEqual(['AnimateHighlightedText', 'Update']);
  });
});
