// Firefox's web console shows an error's stack as `function url:line` rows and Safari's Web
// Inspector as `function (file, line N)` rows, and those are what people copy from them. Found
// in threads-10 (issue-thread-traces-10.test.ts): CRXJS's and Unlock Keyboard's Firefox copies
// and console.log-wrapper's Safari copy read as no frame, so their null reads were known by the
// message alone (and the two Firefox ones mined to one template).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-10', 'javascript');
const row = (source: string) => rows.find((r) => r.source.endsWith(source))!;
const fingerprintOf = (source: string) => {
  const r = row(source);
  return createFingerprinter().fingerprint({ source: 'span', service: 'web', type: r.type, message: r.message, stacktrace: r.stacktrace });
};

describe("Firefox's and Safari's console rows", () => {
  it("real: Firefox's `fn url:line` rows are frames, a Markdown list's too (crxjs/chrome-extension-tools#1063, code-charity/unlock-keyboard-and-mouse#10)", () => {
    const crxjs = parseStacktrace(row('chrome-extension-tools/issues/1063').stacktrace!);
    expect(crxjs.runtime).toBe('javascript');
    expect(crxjs.exceptions[0].type).toBe('TypeError');
    expect(crxjs.exceptions[0].frames.map((f) => [f.function, f.line])).toEqual([['o', 9], ['lr', 9], [undefined, 9]]);
    const unlock = parseStacktrace(row('unlock-keyboard-and-mouse/issues/10').stacktrace!);
    expect(unlock.exceptions[0].frames[0]).toMatchObject({ function: 'prevent', line: 95 });
    expect(unlock.exceptions[0].frames.map((f) => f.function)).toContain('#injectIntoIsolatedWorld');
    expect(fingerprintOf('chrome-extension-tools/issues/1063').culprit).toContain('o');
    expect(fingerprintOf('unlock-keyboard-and-mouse/issues/10').fingerprint).not.toBe(fingerprintOf('chrome-extension-tools/issues/1063').fingerprint);
  });

  it("real: Safari's `fn (file, line N)` rows are frames, under its `[Error] Type: message` header (patik/console.log-wrapper#33)", () => {
    const parsed = parseStacktrace(row('console.log-wrapper/issues/33').stacktrace!);
    expect(parsed.runtime).toBe('javascript');
    expect(parsed.exceptions[0]).toMatchObject({ type: 'TypeError', message: "undefined is not an object (evaluating 'suffix.substr')" });
    expect(parsed.exceptions[0].frames.map((f) => [f.function, f.file, f.line])).toEqual([
      ['_getLineFromStack', 'consolelog.js', 99], ['log', 'consolelog.js', 146], ['log', 'demo.js', 8], ['execute', 'demo.js', 93],
    ]);
  });

  it('name the crash site: one function in two builds is one signature, another function another', () => {
    const trace = (fn: string, line: number) => `TypeError: can't access property "runtime", s is undefined\n    ${fn} moz-extension://3d98/assets/consts.js:${line}\n    <anonymous> moz-extension://3d98/assets/consts.js:9`;
    const fp = createFingerprinter();
    const a = fp.fingerprint({ source: 'span', service: 'web', type: 'TypeError', stacktrace: trace('load', 9) });
    expect(fp.fingerprint({ source: 'span', service: 'web', type: 'TypeError', stacktrace: trace('load', 12) }).fingerprint).toBe(a.fingerprint);
    expect(fp.fingerprint({ source: 'span', service: 'web', type: 'TypeError', stacktrace: trace('render', 9) }).fingerprint).not.toBe(a.fingerprint);
  });

  it("near misses: requests to a host and port, one row alone, prose citing a line, and Firefox's `fn@url:l:c` read as before", () => {
    expect(parseStacktrace('GET https://api.example.org:443\nPOST https://api.example.org:443').runtime).not.toBe('javascript');
    expect(parseStacktrace('TypeError: x is undefined\n    load https://example.org/app.js:9').runtime).not.toBe('javascript');
    expect(parseStacktrace('the option is read there (config.js, line 12), as the docs say').runtime).not.toBe('javascript');
    // Erlang's shell prints its frames in Safari's shape; with its `/` gone (a Windows copy) no detector took them before.
    expect(parseStacktrace('** exception error: no function clause matching xmpp:get_to({stop,drop}) (src\\xmpp.erl, line 203)\n   in function  ejabberd_router:process_privilege_iq\\1 (src\\ejabberd_router.erl, line 411)\n   in call from ejabberd_router:do_route\\1 (src\\ejabberd_router.erl, line 385)').runtime).not.toBe('javascript');
    const gecko = parseStacktrace('value@http://lba2remake.xesf.net/bundle.js:70:11284\nvalue@http://lba2remake.xesf.net/bundle.js:70:10691');
    expect(gecko.exceptions[0].frames[0]).toMatchObject({ function: 'value', line: 70, column: 11284 });
  });
});
