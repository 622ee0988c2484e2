// Moves a data dir's signatures to the current fingerprint algorithm, once, at start-up
// (docs/fingerprinting.md "Versions and upgrades"). A signature keeps its id, counts,
// occurrences, status and history; its fingerprint becomes the one the current algorithm
// computes for one of its stored occurrences, and the old fingerprint stays in the index as
// an alias, so events from instances still running the old version land on it too.
import type { Fingerprinter } from '../../core/fingerprint/index.js';
import { fingerprintInputOf } from '../../core/fingerprint/input-of.js';
import { upgradeFingerprint } from '../../core/fingerprint/index.js';
import type { Occurrence, Signature } from '../../core/model.js';
import type { Tables } from './environment.js';
import { fingerprintOwner } from './fingerprint-ids.js';
import { allRows, putRow, type SignatureRow } from './signature-rows.js';

export interface UpgradeSummary {
  /** Signatures whose fingerprint changed. */
  upgraded: number;
  /** Signatures re-stamped with the current algorithm, fingerprint unchanged. */
  unchanged: number;
  /** New fingerprints already owned by another signature: left on that one (never re-keyed). */
  collisions: number;
}

export function upgradeSignatureFingerprints(tables: Tables, fingerprinter: Fingerprinter, nowMs: number): UpgradeSummary {
  const summary: UpgradeSummary = { upgraded: 0, unchanged: 0, collisions: 0 };
  const { signatures, fingerprints, occurrences } = tables;
  tables.root.transactionSync(() => {
    for (const sig of allRows(tables)) {
      if (sig.algorithm === fingerprinter.algorithm || sig.mergedInto) continue;
      // The most recent stored occurrence: it carries the raw exception or body.
      let sample: Occurrence | undefined;
      for (const entry of occurrences.getRange({ start: [sig.ordinal, Infinity], end: [sig.ordinal, -1], reverse: true, limit: 1 })) sample = entry.value as Occurrence;
      const up = upgradeFingerprint(fingerprinter, sig, sample ? fingerprintInputOf(sample) : undefined);
      const next: SignatureRow = { ...sig, algorithm: up.algorithm };
      if (up.fingerprint === sig.fingerprint) {
        summary.unchanged++;
      } else {
        const owner = fingerprintOwner(tables, up.fingerprint);
        if (owner !== undefined && owner !== sig.id) {
          summary.collisions++;
        } else {
          // The old fingerprint keeps resolving here once the signature no longer carries it
          // (store/lmdb/fingerprint-ids.ts: without a row it resolves by the signature's fields).
          if (fingerprints.get(sig.fingerprint) === undefined) fingerprints.putSync(sig.fingerprint, sig.id);
          fingerprints.putSync(up.fingerprint, sig.id);
          next.fingerprint = up.fingerprint;
          next.aliases = [...new Set([...sig.aliases, ...up.aliases])].filter((a) => a !== up.fingerprint);
          summary.upgraded++;
        }
      }
      next.history = [...sig.history, { atMs: nowMs, actor: 'pipeline', action: 'fingerprint-upgraded', reason: `${sig.algorithm} → ${up.algorithm}` }];
      putRow(tables, next);
    }
    // Re-fingerprinting mined templates into the miner: keep what it learned with the upgrade.
    if (fingerprinter.dirty) tables.meta.putSync('minerState', fingerprinter.exportState());
  });
  return summary;
}
