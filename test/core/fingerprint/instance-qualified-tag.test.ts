// A log line's `<library>/<instance>:` tag whose message names the instance again says one value
// twice (instance-qualified-tag.ts): mpd 0.23.12 logs libavformat's messages in the domain
// `ffmpeg/<item_name>`, the probed format's name, and format.c's `Format %s detected only with low
// score of %d, misdetection possible!` names it again; flac, ogg and mpegts were three signatures
// (programs/mpd, server-logs-44.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (lines: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(lines.map((body) => fp.fingerprint({ source: 'log', service: 'probe', body })));
};

describe("an instance named in a library's tag and again in the message", () => {
  it('is a value in both places, with the punctuation after the word kept', () => {
    expect(templateTokens('ffmpeg/flac: Format flac detected only with low score of 1, misdetection possible!', 40).slice(0, 3)).toEqual(['ffmpeg/<name>:', 'Format', '<name>']);
    expect(templateTokens('ffmpeg/flac: Could not find codec parameters for stream 0 (Audio: flac, 0 channels)', 40)).toContain('<name>,');
  });

  it('makes one statement about three probed files one signature', () => {
    const sigs = signatures([
      'Dec 06 17:33 : ffmpeg/flac: Format flac detected only with low score of 1, misdetection possible!',
      'Dec 06 17:33 : ffmpeg/ogg: Format ogg detected only with low score of 1, misdetection possible!',
      'Dec 06 17:33 : ffmpeg/mpegts: Format mpegts detected only with low score of 2, misdetection possible!',
    ]);
    expect(new Set(sigs).size).toBe(1);
  });

  it('near misses: a tag whose instance the message does not repeat, a name before the tag, capitals and exception messages stay as they were', () => {
    // Go's package paths as errors open with them: two packages, two failures.
    expect(new Set(signatures(['net/http: request canceled while waiting for connection', 'net/rpc: request canceled while waiting for connection'])).size).toBe(2);
    // The library's own statement under its tag, the instance not repeated: the tag is its words.
    expect(templateTokens('ffmpeg/mpegts: Could not detect TS packet size, defaulting to non-FEC/DVHS', 40)[0]).toBe('ffmpeg/mpegts:');
    // The word before the tag is not the tag's instance.
    expect(templateTokens('flac decoder ffmpeg/ogg: stream ended', 40).slice(0, 3)).toEqual(['flac', 'decoder', 'ffmpeg/ogg:']);
    // A tag with a capital is not read (a path's or a program's own heading).
    expect(templateTokens('Codec/FLAC: FLAC stream ended', 40).slice(0, 2)).toEqual(['Codec/FLAC:', 'FLAC']);
    // Without its colon the token is no tag: `audio/flac` is a media type the message then names.
    expect(templateTokens('type audio/flac is flac', 40)).toEqual(['type', 'audio/flac', 'is', 'flac']);
    // An exception's message is read as it was.
    expect(templateTokens('ffmpeg/flac: Format flac unsupported', 40, 'message')).toContain('ffmpeg/flac:');
  });

  it("real: mpd's probe warnings for three formats are one signature", () => {
    const rows = loadServerLog('mpd.ndjson');
    const sigs = signatures(rows.map((r) => r.body));
    const picked = sigs.filter((_, i) => rows[i].group.includes('detected only with low score'));
    expect(picked.length).toBeGreaterThan(2);
    expect(new Set(picked).size).toBe(1);
  });
});
