// The data system a service's errors come from when the service is that system itself: a database
// or cache whose own log (tailed by the Collector's filelog receiver) or own spans are sent under a
// service of its own, its resource naming its system (`db.system.name`, or `db.system` before the
// conventions renamed it). Its words for a resource it ran out of (PostgreSQL's `sorry, too many
// clients already`) are then its own refusals of its clients, not a dependency refusing the service.
import type { Evidence, Occurrence } from './model.js';
import { systemName } from './system-names.js';

/** Least share of the samples whose resource must name the system. */
const MIN_SHARE = 0.6;

export function ownSystemOf(occurrences: Occurrence[]): Pick<Evidence, 'ownSystem'> {
  const systems = occurrences.map((o) => o.resource?.['db.system.name'] ?? o.resource?.['db.system']).filter((s): s is string => typeof s === 'string' && s !== '');
  if (systems.length === 0 || systems.length < MIN_SHARE * occurrences.length) return {};
  const counts = new Map<string, number>();
  for (const s of systems) counts.set(s.toLowerCase(), (counts.get(s.toLowerCase()) ?? 0) + 1);
  const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return n >= MIN_SHARE * occurrences.length ? { ownSystem: systemName(best) } : {};
}
