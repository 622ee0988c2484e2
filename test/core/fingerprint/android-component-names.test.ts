// Android names a component whose class is in its own package `package/.Class`
// (ComponentName.flattenToShortString, Android API reference) and any other one
// `package/full.Class`. Both are one name, a value of the line: ActivityManager's `Displayed …`
// lines (issue-thread-logs-3.ndjson; https://github.com/dotnet/android/pull/2974 and
// https://github.com/rovo89/android_art/issues/1) were two signatures, the short form being read
// as words around a `/.`.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

const fingerprint = () => {
  const fp = createFingerprinter();
  return (body: string) => fp.fingerprint({ source: 'log', service: 'android', body, severityText: 'ERROR' });
};

describe('Android component names', () => {
  it('reads `package/.Class` as one name, as `package/full.Class` is', () => {
    const f = fingerprint();
    const displayed = [
      'Displayed com.google.android.deskclock/com.android.deskclock.alarms.AlarmActivity: +136ms',
      'Displayed org.androworks.meteorgram/.MeteorgramActivity: +580ms',
      'Displayed com.seeforge.SEEForge/.ui.screens.SubmitNewActivity: +176ms',
      'Displayed org.mozilla.firefox/org.mozilla.gecko.BrowserApp: +469ms',
    ].map((l) => f(l).fingerprint);
    expect(new Set(displayed).size).toBe(1);
  });

  it('near misses: a path from the current directory and a slash at a sentence\'s end stay as they were', () => {
    const f = fingerprint();
    expect(f('./configure failed: no C compiler found').message).toContain('./configure');
    expect(f('ActivityManager: Activity pause timeout for ActivityRecord{35a0efb8 u0 com.android.dialer/com.android.incallui.InCallActivity t1150}').fingerprint)
      .not.toBe(f('Displayed org.androworks.meteorgram/.MeteorgramActivity: +580ms').fingerprint);
  });
});
