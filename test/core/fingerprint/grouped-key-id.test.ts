// A device id in equal dash-separated groups and an object written `"label" (id)`
// (grouped-key-id.ts, labelled-object-id.ts). Found in Debian 12's syncthing 1.19.2
// (programs/syncthing, server-logs-60.test.ts): its device ID is eight groups of seven base32
// characters (lib/protocol/deviceid.go), and a folder's description is `"%s" (%s)`, its label and
// id (lib/config/folderconfiguration.go). As words, each statement naming a device or a folder was
// one template per device or folder. The lines are syncthing's, as it wrote them in that run.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isGroupedKeyId } from '../../../src/core/fingerprint/grouped-key-id.js';
import { isLabelledObjectId } from '../../../src/core/fingerprint/labelled-object-id.js';
import { resolveAliases } from '../../helpers/loghub.js';

const signatures = (bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'syncthing', body })));
};
const count = (bodies: string[]) => new Set(signatures(bodies)).size;

const A = 'BQ6OK3J-MTQSUHM-C5OHASP-BRBC2K5-UGCCBOB-4KG6F6H-WFWPATM-C77PKQE';
const B = 'RSASUMU-DEEJ4IJ-ZZ5YSLF-UCWZT5E-4AVEHRY-3UNRFL2-NDIHWK2-DIG66QO';
const C = 'LPJM5F7-XEJUPGT-RVTEN6I-WERWI4B-XZGAJSF-KQS5REQ-6U7KGRZ-H2Y7JQK';

describe('an id in equal dash-separated groups', () => {
  it('is a value, quoted or not', () => {
    expect(isGroupedKeyId(A)).toBe(true);
    expect(isGroupedKeyId(`"${B}";`)).toBe(true);
    expect(isGroupedKeyId('VK7JG-NPHTM-C97JM-9MPGT-3V66T')).toBe(true);
  });

  it('near miss: names in capitals, suites, encodings and dates keep their reading', () => {
    for (const t of ['TLS1.3-TLS_AES_128_GCM_SHA256', 'AES-256-GCM-SHA384', 'ISO-8859-1', '2026-12-07', 'READ-ONLY-FILE-SYST', 'ABCD-EFGH-IJKL-MNOP', 'X-FORWARDED-FOR-HOST', 'ab6ok3j-mtqsuhm-c5ohasp-brbc2k5'])
      expect(isGroupedKeyId(t), t).toBe(false);
  });

  it("one statement one signature, whichever device it names", () => {
    expect(count([
      `[BQ6OK] INFO: My ID: ${A}`,
      `[RSASU] INFO: My ID: ${B}`,
      `[LPJM5] INFO: My ID: ${C}`,
    ])).toBe(1);
    expect(count([
      `[LPJM5] INFO: Connection to ${A} at 127.0.0.1:46882-127.0.0.1:46880/tcp-client/TLS1.3-TLS_AES_128_GCM_SHA256 closed: reading length: EOF`,
      `[LPJM5] INFO: Connection to ${B} at 127.0.0.1:46882-127.0.0.1:46881/tcp-client/TLS1.3-TLS_AES_128_GCM_SHA256 closed: reading length: EOF`,
    ])).toBe(1);
  });

  it('near miss: two statements about one device stay two', () => {
    expect(count([
      `[BQ6OK] INFO: Pausing ${B}`,
      `[BQ6OK] INFO: Resuming ${B}`,
    ])).toBe(2);
  });
});

describe('an object written as its quoted label and its parenthesised id', () => {
  it('is the pair, both values', () => {
    const tokens = ['Ready', 'to', 'synchronize', '"photos"', '(photos)', '(sendreceive)'];
    expect(isLabelledObjectId(tokens, 3)).toBe(true);
    expect(isLabelledObjectId(tokens, 4)).toBe(true);
    expect(isLabelledObjectId(tokens, 5)).toBe(false);
    expect(isLabelledObjectId(['folder', '"Backups"', '(abcd-1234)'], 1)).toBe(true);
  });

  it('near miss: a quoted name alone, or before several words or a label in capitals, keeps its reading', () => {
    expect(isLabelledObjectId(['relation', '"users"', 'does', 'not', 'exist'], 1)).toBe(false);
    expect(isLabelledObjectId(['service', '"nginx"', '(pid', '123)'], 1)).toBe(false);
    expect(isLabelledObjectId(['job', '"backup"', '(CRON)'], 1)).toBe(false);
  });

  it('one statement one signature, whichever folder it names; different statements apart', () => {
    expect(count([
      '[BQ6OK] INFO: Ready to synchronize "archive" (archive) (sendreceive)',
      '[BQ6OK] INFO: Ready to synchronize "big" (big) (sendreceive)',
      '[RSASU] INFO: Ready to synchronize "shared" (shared) (sendreceive)',
    ])).toBe(1);
    expect(count([
      '[BQ6OK] INFO: Completed initial scan of sendreceive folder "big" (big)',
      '[BQ6OK] INFO: Completed initial scan of sendreceive folder "missing" (missing)',
    ])).toBe(1);
    // Completed and Failed: the scan's outcome, kept apart.
    expect(count([
      '[BQ6OK] INFO: Completed initial scan of sendreceive folder "ign" (ign)',
      '[BQ6OK] INFO: Failed initial scan of sendreceive folder "ign" (ign)',
    ])).toBe(2);
  });
});
