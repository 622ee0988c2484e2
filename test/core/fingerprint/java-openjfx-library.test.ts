// OpenJFX's public API (`javafx.*`) is library code, as the JDK's is: found in threads-6
// (issue-thread-traces-6.test.ts), JabRef's script run through `WebEngine.executeScript` failed
// at `javafx.scene.web.WebEngine.executeScript`, a crash site every caller of it would share.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-6/jvm.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const webkit = '\tat com.sun.webkit.dom.JSObject.fwkMakeException(JSObject.java:128)\n\tat com.sun.webkit.WebPage.twkExecuteScript(Native Method)\n\tat com.sun.webkit.WebPage.executeScript(WebPage.java:1439)\n\tat javafx.scene.web.WebEngine.executeScript(WebEngine.java:982)\n';
const sig = (error: string, caller: string) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'app', type: 'netscape.javascript.JSException', message: error, stacktrace: `netscape.javascript.JSException: ${error}\n${webkit}\tat com.shop.ui.${caller}(View.java:10)\n\tat javafx.beans.property.ObjectPropertyBase.set(ObjectPropertyBase.java:146)\n` });

describe('OpenJFX frames', () => {
  it("are library code: the crash site is the application's caller, two callers two signatures", () => {
    const a = sig('TypeError: undefined is not a function', 'Preview.highlight');
    expect(a.culprit).toContain('com.shop.ui.Preview.highlight');
    expect(a.fingerprint).not.toBe(sig('TypeError: undefined is not a function', 'Editor.markDirty').fingerprint);
  });

  it("near misses: the WebView bridge's JSException keeps its message (a ReferenceError and a TypeError of one call are two signatures), and a package merely starting with `javafx` is the application's", () => {
    expect(sig('TypeError: undefined is not a function', 'Preview.highlight').fingerprint).not.toBe(sig("ReferenceError: Can't find variable: Mark", 'Preview.highlight').fingerprint);
    const own = createFingerprinter().fingerprint({ source: 'span', service: 'app', type: 'java.lang.IllegalStateException', message: 'closed', stacktrace: 'java.lang.IllegalStateException: closed\n\tat javafxapps.shop.Cart.add(Cart.java:9)\n' });
    expect(own.culprit).toContain('javafxapps.shop.Cart.add');
  });

  it('real: JabRef\'s preview script fails in its own highlightSearchPattern, from two reports one signature (JabRef/jabref#5412, #5165)', () => {
    const fp = createFingerprinter();
    const [a, b] = ['jabref/issues/5412', 'jabref/issues/5165'].map((s) => {
      const r = rows.find((x) => x.source.endsWith(s))!;
      return fp.fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
    });
    expect(a.culprit).toContain('PreviewViewer.highlightSearchPattern');
    expect(a.fingerprint).toBe(b.fingerprint);
  });
});
