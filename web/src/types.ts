// The JSON shapes the console reads: the management API's (src/api/schemas.ts) and the
// console's own views (src/console/console-data.ts).
export type Status = 'new' | 'investigating' | 'diagnosed' | 'resolved' | 'muted';

export interface ListItem {
  id: string;
  status: Status;
  regressed: boolean;
  service: string;
  type: string;
  message: string;
  count: number;
  firstSeen: string;
  lastSeen: string;
}

export interface ListPage {
  items: ListItem[];
  nextCursor: string | null;
}

export interface Diagnosis {
  rootCause: string;
  evidence: string[];
  suggestedFix: string;
  confidence: number;
  model: string;
  costUsd: number;
  createdMs?: number;
  fallbackReason?: string;
  /** What the diagnosis could not check (no baseline, no trace backend…), when it lists it apart. */
  notChecked?: string[];
  lacking?: string[];
}

export interface Occurrence {
  time: string;
  source: string;
  service: string;
  traceId?: string;
  spanId?: string;
  spanName?: string;
  release?: string;
  environment?: string;
  host?: string;
  handled: boolean;
  exception?: { type?: string; message?: string; stacktrace?: string };
  body?: string;
  severityText?: string;
  statusMessage?: string;
  attributes: Record<string, unknown>;
  resource: Record<string, unknown>;
}

export interface HistoryEntry {
  at: string;
  actor: string;
  action: string;
  from?: Status;
  to?: Status;
  reason?: string;
}

export interface Standout {
  key: string;
  value: string;
  count: number;
  samples: number;
  share: number;
}

export interface Report extends ListItem {
  culprit?: string;
  aliases: string[];
  releases: string[];
  environments: string[];
  tags: string[];
  mergedInto?: string;
  regression?: { at: string; release?: string; resolvedAt?: string; resolvedInRelease?: string };
  resolution?: { at: string; inRelease?: string };
  mute?: { until?: string; untilCount?: number };
  diagnosis: Diagnosis | null;
  history: HistoryEntry[];
  occurrences: Occurrence[];
  standout: Standout[];
}

export interface Frame {
  function?: string;
  module?: string;
  file?: string;
  line?: number;
  column?: number;
  inApp: boolean;
}

export interface SampleStack {
  time: string;
  traceId?: string;
  spanId?: string;
  runtime: string;
  exceptions: { type: string; message: string; relation?: string; frames: Frame[] }[];
}

export interface Timeline {
  bucket: 'minute' | 'hour';
  from: string;
  stepMs: number;
  counts: number[];
}

export interface TraceLink {
  name: string;
  template: string;
}

export interface SessionInfo {
  authRequired: boolean;
  signedIn: boolean;
  actor: string | null;
  traceLinks: TraceLink[];
}
