// A name of any number of words before a message whose line ends in the statement's source
// location (located-message-lead.ts, variable-run.ts locatedLead). Found in Debian 12's
// transmission-daemon 3.00 (programs/transmission-daemon, server-logs-57.test.ts): daemon.c's
// printMessage writes `[<time>] <torrent name> <message> (<file>:<line>)`, and each torrent's
// `Pausing`, `Verifying torrent`, `Queued for verification` … was a signature per name: the time
// before the name is a value, so a variable run had no word to open on. The lines below are the
// daemon's, as it wrote them in that run (the names as people name files).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { endsInLocatedMessage } from '../../../src/core/fingerprint/located-message-lead.js';
import { joinAcrossLengths } from '../../../src/core/fingerprint/variable-run.js';
import { resolveAliases } from '../../helpers/loghub.js';

const signatures = (bodies: string[]) => {
  const fp = createFingerprinter();
  return new Set(resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'transmission-daemon', body }))));
};

const T = '[2026-12-07 05:36:56.909]';
const names = ['Big Buck Bunny (2008) 1080p.mkv', 'debian-12.5.0-amd64-netinst.iso', 'Sintel [open movie] 720p.mp4', 'refused-data.bin', 'Open Source Documentary Collection.tar'];

describe('a name before a message that ends in its source location', () => {
  it('is one value, whatever its words, where the message and its file agree', () => {
    expect(joinAcrossLengths(['<*>', 'Sintel', '[open', 'movie]', '<name>', 'Pausing', '(torrent.c:<int>)'], ['<*> <name>', 'Pausing', '(torrent.c:<int>)'])).toEqual(['<**>', 'Pausing', '(torrent.c:<int>)']);
    for (const message of ['Pausing (torrent.c:2022)', 'Queued for verification (verify.c:272)', 'Verification is done. It took 0 seconds to verify 50000 bytes (50000 bytes per second) (verify.c:161)', 'Tracker warning: "tracker is in tests" (torrent.c:616)']) {
      expect(signatures(names.map((n) => `${T} ${n} ${message}`)).size).toBe(1);
    }
  });

  it('near misses: two messages of one file, a message it was given, no location, a word before the name stay apart', () => {
    // The suffix that agrees is the location alone: two statements of torrent.c.
    expect(endsInLocatedMessage(['(torrent.c:<int>)'], 0, 1)).toBe(false);
    expect(signatures([`${T} refused-data.bin Pausing (torrent.c:2022)`, `${T} Big Buck Bunny (2008) 1080p.mkv Removing torrent (torrent.c:2078)`]).size).toBe(2);
    // announcer.c's `%s`: its own text or the tracker's failure reason, two statements.
    expect(signatures([`${T} refused-data.bin Could not connect to tracker (announcer.c:1085)`, `${T} Big Buck Bunny (2008) 1080p.mkv torrent not registered here (announcer.c:1085)`]).size).toBe(2);
    // The same message from another file is another statement.
    expect(joinAcrossLengths(['<*>', 'Sintel', '[open', 'movie]', '<name>', 'Pausing', '(torrent.c:<int>)'], ['<*> <name>', 'Pausing', '(session.c:<int>)'])).toBeUndefined();
    // No location at the end: nothing stands in for a word before the run.
    expect(joinAcrossLengths(['<*>', 'Sintel', '[open', 'movie]', '<name>', 'Pausing'], ['<*> <name>', 'Pausing'])).toBeUndefined();
    // A failure word at the run's end, next to the message, is the message's wording (`Not`), and a
    // lower-case one anywhere in it (`failed`).
    expect(joinAcrossLengths(['<*>', 'Sintel', 'Not', 'Pausing', '(torrent.c:<int>)'], ['<*> <name>', 'Pausing', '(torrent.c:<int>)'])).toBeUndefined();
    expect(joinAcrossLengths(['<*>', 'failed', 'Sintel', 'Pausing', '(torrent.c:<int>)'], ['<*> <name>', 'Pausing', '(torrent.c:<int>)'])).toBeUndefined();
  });
});
