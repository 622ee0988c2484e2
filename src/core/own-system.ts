// The data system a service's errors come from when the service is that system itself: a database
// or cache whose own log (tailed by the Collector's filelog receiver) or own spans are sent under a
// service of its own, its resource naming its system (`db.system.name`, or `db.system` before the
// conventions renamed it). Its words for a resource it ran out of (PostgreSQL's `sorry, too many
// clients already`) are then its own refusals of its clients, not a dependency refusing the service.
import type { Evidence, Occurrence } from './model.js';
import { commonest } from './commonest.js';
import { systemName } from './system-names.js';

/** Least share of the samples whose resource must name the system. */
const MIN_SHARE = 0.6;

export function ownSystemOf(occurrences: Occurrence[]): Pick<Evidence, 'ownSystem'> {
  const best = commonest(
    occurrences.map((o) => {
      const system = o.resource?.['db.system.name'] ?? o.resource?.['db.system'];
      return typeof system === 'string' && system !== '' ? { value: system.toLowerCase() } : undefined;
    }),
  );
  return best && best.n >= MIN_SHARE * occurrences.length ? { ownSystem: systemName(best.value) } : {};
}
