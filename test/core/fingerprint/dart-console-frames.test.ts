// Flutter traces as the IDE's and DevTools' console print them (the member, then its location on
// the next line) and as logcat relays them (`E/flutter ( 5090): ` before each line): found in
// threads-4 (issue-thread-traces-4.test.ts), where both read as no frame, and two apps' null
// casts were one signature.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-4/dart.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprintOf = (group: string) => {
  const r = rows.find((x) => x.group.endsWith(group))!;
  return createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
};

describe('Flutter console frames', () => {
  it('read the member and the location on the line after it, behind logcat or not', () => {
    const text = 'E/flutter ( 5090): [ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: Bad state: No element\nE/flutter ( 5090): #0      Cart.first\npackage:shop/cart/…/cart.dart:40\nE/flutter ( 5090): <asynchronous suspension>\nE/flutter ( 5090): #1      _HomeState.load (package:shop/home.dart:12:5)\n';
    const parsed = parseStacktrace(text);
    expect(parsed.runtime).toBe('dart');
    expect(parsed.exceptions[0].frames.map((f) => [f.function, f.file, f.line])).toEqual([
      ['Cart.first', 'package:shop/cart/…/cart.dart', 40],
      ['_HomeState.load', 'package:shop/home.dart', 12],
    ]);
  });

  it('near misses: a numbered line without a Dart location after it is no frame', () => {
    expect(parseStacktrace('#0      Cart.first\nsee the docs for more\n').runtime).not.toBe('dart');
    const [e] = parseStacktrace('Unhandled exception:\n#0      Cart.first\nnot a location\n#1      main (package:shop/main.dart:3:1)\n').exceptions;
    expect(e.frames.map((f) => f.function)).toEqual(['main']);
  });

  it("real: two apps' null casts are two failures (leanflutter/window_manager#202, OpenFlutter/fluwx#422)", () => {
    const connect = fingerprintOf('connect-user-fromsnap-null');
    const fluwx = fingerprintOf('fluwx-getextmsg-null');
    expect(connect.frames[0]).toMatchObject({ function: 'User.fromSnap', line: 40 });
    expect(fluwx.frames[0]).toMatchObject({ function: 'getExtMsg' });
    expect(connect.fingerprint).not.toBe(fluwx.fingerprint);
    expect(fingerprintOf('appcenter-getupdateavailable-null').frames[0]).toMatchObject({ function: 'MyAppsModel.getUpdateAvailable', line: 198 });
  });
});
