// What the fingerprinter reads of an error, built from an ingested event or a stored
// occurrence alike: the ingest pipeline and the start-up upgrade to a new algorithm must
// hand it the same input, or an upgraded signature would not meet its next event.
import type { ErrorEvent } from '../model.js';
import type { FingerprintInput } from './index.js';

/** The fields of an event (or of an occurrence kept from one) that fingerprinting reads. */
export type FingerprintedRecord = Pick<ErrorEvent, 'source' | 'service' | 'exception' | 'statusMessage' | 'body' | 'severityText' | 'spanName' | 'spanKind' | 'attributes' | 'resource'> & {
  severityNumber?: number;
};

export function fingerprintInputOf(record: FingerprintedRecord): FingerprintInput {
  // The resource's own word for its runtime (semantic conventions: telemetry.sdk.language).
  const language = record.resource['telemetry.sdk.language'] ?? record.resource['process.runtime.name'];
  return {
    source: record.source,
    service: record.service,
    type: record.exception?.type,
    message: record.exception?.message ?? (record.source === 'span' ? record.statusMessage : undefined),
    stacktrace: record.exception?.stacktrace,
    body: record.body,
    severityText: record.severityText,
    severityNumber: record.severityNumber,
    spanName: record.spanName,
    spanKind: record.spanKind,
    attributes: record.attributes,
    runtime: typeof language === 'string' ? language : undefined,
  };
}
