// The JSON shapes the CLI prints and the API and console serve: stable field names, ISO 8601 times.
import type { Occurrence, Signature } from '../core/model.js';

const iso = (ms: number): string => new Date(ms).toISOString();

export interface ListItem {
  id: string;
  fingerprint: string;
  status: Signature['status'];
  regressed: boolean;
  service: string;
  type: string;
  message: string;
  count: number;
  firstSeen: string;
  lastSeen: string;
}

export function toListItem(sig: Signature): ListItem {
  return {
    id: sig.id,
    fingerprint: sig.fingerprint,
    status: sig.status,
    regressed: sig.regressed,
    service: sig.service,
    type: sig.type,
    message: sig.message,
    count: sig.count,
    firstSeen: iso(sig.firstSeenMs),
    lastSeen: iso(sig.lastSeenMs),
  };
}

export function toOccurrenceView(o: Occurrence) {
  const { timeMs, ...rest } = o;
  return { time: iso(timeMs), ...rest };
}

export function toDetail(sig: Signature, occurrences: Occurrence[]) {
  const { occurrenceSeq: _seq, recentSampledMs: _sampled, firstSeenMs: _f, lastSeenMs: _l, history, regression, resolution, mute, diagnosis, ...rest } = sig;
  return {
    ...toListItem(sig),
    ...rest,
    regression: regression && {
      at: iso(regression.atMs),
      release: regression.release,
      ...(regression.resolvedAtMs !== undefined ? { resolvedAt: iso(regression.resolvedAtMs) } : {}),
      ...(regression.resolvedInRelease ? { resolvedInRelease: regression.resolvedInRelease } : {}),
    },
    resolution: resolution && { at: iso(resolution.atMs), inRelease: resolution.inRelease },
    mute: mute && { until: mute.untilMs === undefined ? undefined : iso(mute.untilMs), untilCount: mute.untilCount },
    diagnosis: diagnosis ?? null,
    history: history.map(({ atMs, ...h }) => ({ at: iso(atMs), ...h })),
    occurrences: occurrences.map(toOccurrenceView),
  };
}
