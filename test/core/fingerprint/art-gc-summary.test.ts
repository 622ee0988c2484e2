// ART's GC summary read with its cause, collector and logcat tag as one value
// (src/core/fingerprint/art-gc-summary.ts). Lines as os-logs-src/android.txt lists them, each with
// its thread; the near misses' sources beside them.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withArtGcHeadAsValue } from '../../../src/core/fingerprint/art-gc-summary.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'android', body, severityText: 'ERROR' })));
}

describe("ART's GC summary", () => {
  it('is one signature whatever the cause, the collector and the tag', () => {
    const s = signatures([
      // ubergeek42/weechat-android#525: NativeAlloc, tagged with the process's name's last characters
      '07-16 16:08:09.506  6739  6750 I ndroid.systemu: NativeAlloc concurrent copying GC freed 13639(702KB) AllocSpace objects, 11(220KB) LOS objects, 49% free, 6288KB/12MB, paused 94us total 146.236ms',
      // ReVanced/revanced-manager#319: the young collector
      '10-02 10:09:17.823 12157 15155 I manager.flutte: Background young concurrent copying GC freed 338327(12MB) AllocSpace objects, 0(0B) LOS objects, 3% free, 133MB/138MB, paused 107us total 162.252ms',
      // unfoldingWord-dev/ts-android#1683: Android 5-7's `art` tag and a mark-sweep collector
      '11-11 08:25:16.835 1721-1733/com.translationstudio.androidapp I/art: Background partial concurrent mark sweep GC freed 37519(1219KB) AllocSpace objects, 5(9MB) LOS objects, 10% free, 85MB/96MB, paused 442us total 156.808ms',
      '11-11 08:25:21.757 1721-1721/com.translationstudio.androidapp I/art: Alloc concurrent mark sweep GC freed 9(12KB) AllocSpace objects, 0(0B) LOS objects, 1% free, 94MB/96MB, paused 424us total 91.977ms',
      // BelledonneCommunications/linphone-android#664: Android 8's zygote
      '05-24 13:49:47.195  2767  2776 I zygote  : Background concurrent copying GC freed 76302(4MB) AllocSpace objects, 30(4MB) LOS objects, 38% free, 38MB/62MB, paused 162us total 316.699ms',
      // flutter/flutter#145893: brief layout, two pauses
      'I/converus.mobile(26626): Background young concurrent copying GC freed 603(115KB) AllocSpace objects, 2(11MB) LOS objects, 0% free, 91MB/91MB, paused 3.295ms,8.198ms total 28.013ms',
      // the same statement as a pipeline that parsed logcat's header sends it
      'Alloc concurrent copying GC freed 248(49KB) AllocSpace objects, 13(17MB) LOS objects, 7% free, 237MB/256MB, paused 56us total 40.357ms',
    ]);
    expect(new Set(s).size).toBe(1);
  });

  it("keeps ART's other GC statements apart from the summary and from each other", () => {
    const [summary, blocking, clamp] = signatures([
      // flutter/flutter#78621
      'I/m.example.film(16534): Alloc concurrent copying GC freed 248(49KB) AllocSpace objects, 13(17MB) LOS objects, 7% free, 237MB/256MB, paused 56us total 40.357ms',
      'I/m.example.film(16534): Starting a blocking GC Alloc',
      'I/m.example.film(16534): Clamp target GC heap from 260MB to 256MB',
    ]);
    expect(new Set([summary, blocking, clamp]).size).toBe(3);
  });

  it("leaves Dalvik's GC line, whose reason is one word before `freed`, as it was", () => {
    // jberkel/sms-backup-plus#414 (Android 4.4's Dalvik): no `GC freed`, no `AllocSpace objects,`
    const dalvik = ['dalvikvm:', 'GC_CONCURRENT', 'freed', '<size>,', '<int>%', 'free', '<size>/<size>,', 'paused', '<duration>+<duration>,', 'total', '<duration>'];
    expect(withArtGcHeadAsValue(dalvik)).toBe(dalvik);
  });

  it('keeps its words where more than a tag, a cause and a collector stand before `GC freed`, or where the tail is not ART\'s', () => {
    // An unread header before ART's line: eight tokens, more than a tag, a cause and four collector words.
    const long = ['Dec', 'I', 'art', 'main', 'Background', 'partial', 'concurrent', 'mark', 'sweep', 'GC', 'freed', '<int>(<size>)', 'AllocSpace', 'objects,'];
    expect(withArtGcHeadAsValue(long)).toBe(long);
    // `GC freed` without ART's count and size and `AllocSpace objects,` after it.
    const other = ['Full', 'GC', 'freed', '<size>', 'in', '<duration>'];
    expect(withArtGcHeadAsValue(other)).toBe(other);
  });
});
