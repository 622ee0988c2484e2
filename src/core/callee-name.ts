// How a diagnosis, its prompt and its reasons name the peer a signature's failing spans call
// (Evidence.callee, and a deeper signature's: DownstreamEvidence.callee): its system before its
// address where the spans say it (`PostgreSQL at db.internal:5432`).
import type { Evidence } from './model.js';

export function calleeName(callee: NonNullable<Evidence['callee']>): string {
  return callee.system ? `${callee.system} at ${callee.name}` : callee.name;
}
