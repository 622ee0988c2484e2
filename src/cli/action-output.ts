// What a state-changing command prints: one line for people, the changed signature for --json.
import type { Signature } from '../core/model.js';
import { truncate } from './format.js';
import { toListItem } from '../presentation/views.js';

export function printChanged(verb: string, sigs: Signature[], json: boolean): void {
  if (json) {
    console.log(JSON.stringify(sigs.length === 1 ? toListItem(sigs[0]) : sigs.map(toListItem), null, 2));
    return;
  }
  const sig = sigs[0];
  console.log(`${verb} ${sig.id} — ${sig.status}${sig.mergedInto ? `, merged into ${sig.mergedInto}` : ''} — ${truncate(`${sig.service} ${sig.type}: ${sig.message}`, 100)}`);
}
