// Merging the template miner's state learned by another replica (docs/fingerprinting.md,
// "Replicas"). Replicas on one store each mine their own traffic; this is how the templates one
// of them learned reach the others, so that one log line gets one cluster id — one fingerprint
// — on every replica, whichever replica saw its shape first.
//
// The merge is a function of the two states alone, the same whichever is `a` and which `b`:
// - a cluster both know (ids are hashes of a cluster's route and first template, so two
//   replicas that start the same template name it alike) keeps its id; its template is the
//   join of the two (a position either replica saw vary is a wildcard), its `seq` the smaller,
//   its `count` the larger (counts are for display; a maximum is the same in any order);
// - a cluster either replica absorbed into another stays absorbed (its lines resolve to the
//   survivor; the miner reports the absorbed id as an alias, so the store keeps its signature);
// - two clusters of one route where one template covers the other are one template learned
//   twice (on one replica the refinement would have merged them, miner.ts `refine`): they
//   merge, into the one with the smaller id. Not the older, as the miner's own merges choose:
//   a `seq` is a count of one replica's clusters, so replicas may order two clusters apart
//   (the same id can be started on two replicas with different seqs), and the choice must
//   be the same whichever replica, and whichever order of merges, makes it. A cluster some
//   replica already absorbed stays absorbed (its choice is kept).
// Templates only ever widen and absorbed ids only ever point onwards, so a cluster's lines are
// never divided between two clusters: an existing signature is never split. Merging a state
// into the result of merging it changes nothing (idempotent), and once every replica has
// merged what the others saved, all hold the same clusters (see test/core/fingerprint).
import type { MinerState } from './miner.js';
import { WILDCARD } from './template-tokens.js';
import { hasVariableRun, takesTemplate, VARIABLE_RUN } from './variable-run.js';

type StateCluster = MinerState['clusters'][number];

/** A version-2 state (miner.ts MinerState); anything else is for the miner's `load` to read or refuse. */
export function isMinerStateV2(state: unknown): state is MinerState {
  const s = state as Partial<MinerState> | null;
  return typeof s === 'object' && s !== null && s.version === 2 && Array.isArray(s.clusters);
}

/**
 * The merge for saved states (the store's `saveMinerState` merge): the miner's own format is
 * merged; any other shape (an unknown version) is replaced by the newer save.
 */
export function mergeSavedMinerStates(stored: unknown, ours: unknown): unknown {
  return isMinerStateV2(stored) && isMinerStateV2(ours) ? mergeMinerStates(stored, ours) : ours;
}

function wellFormed(c: Partial<StateCluster> | null): c is StateCluster {
  return typeof c?.id === 'string' && typeof c.route === 'string' && Array.isArray(c.template) && c.template.every((t) => typeof t === 'string');
}

/** Position by position: the token where both agree, a wildcard where they differ. */
function join(a: readonly string[], b: readonly string[]): string[] {
  return a.map((t, i) => (t === b[i] ? t : WILDCARD));
}

/**
 * Of one id's two clusters that cannot be joined place by place, the one both sides keep: the one
 * whose template takes the other's (a variable run read across lengths, variable-run.ts), else the
 * smaller template; of two routes (one id for two, against every hash), the smaller route's.
 */
function keptOfTwo(x: StateCluster, y: StateCluster): StateCluster {
  if (x.route !== y.route) return x.route < y.route ? x : y;
  if (takesTemplate(x.template, y.template)) return x;
  if (takesTemplate(y.template, x.template)) return y;
  return x.template.join(' ') < y.template.join(' ') ? x : y;
}

function sameTemplate(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

class Groups {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression: later finds are direct.
    let cur = x;
    while (cur !== root) {
      const next = this.parent.get(cur)!;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }
  union(x: string, y: string): void {
    const rx = this.find(x);
    const ry = this.find(y);
    if (rx !== ry) this.parent.set(rx < ry ? ry : rx, rx < ry ? rx : ry);
  }
}

/**
 * The state that knows what both `a` and `b` know (see the file's header). Malformed clusters
 * are left out; the result lists clusters by id and merges by absorbed id, so equal knowledge
 * gives equal JSON.
 */
export function mergeMinerStates(a: MinerState, b: MinerState): MinerState {
  const inA = new Map(a.clusters.filter(wellFormed).map((c) => [c.id, c]));
  const inB = new Map(b.clusters.filter(wellFormed).map((c) => [c.id, c]));
  const live = new Map<string, StateCluster>();
  /** Clusters whose template is not what both inputs hold: only they can cover another. */
  const touched = new Set<string>();
  for (const id of new Set([...inA.keys(), ...inB.keys()])) {
    const x = inA.get(id);
    const y = inB.get(id);
    if (x && y && x.route === y.route && x.template.length === y.template.length && x.template.indexOf(VARIABLE_RUN) === y.template.indexOf(VARIABLE_RUN)) {
      const template = join(x.template, y.template);
      live.set(id, { id, seq: Math.min(x.seq ?? 0, y.seq ?? 0), route: x.route, template, count: Math.max(x.count ?? 0, y.count ?? 0) });
      if (!sameTemplate(template, x.template) || !sameTemplate(template, y.template)) touched.add(id);
    } else {
      // Known to one side; or one side read the template's middle as a variable run
      // (variable-run.ts), which takes what the other's template takes, so that one is kept;
      // or, against every hash, one id for two routes: the smaller route is kept on both.
      const only = x && y ? keptOfTwo(x, y) : (x ?? y)!;
      live.set(id, { id, seq: only.seq ?? 0, route: only.route, template: [...only.template], count: only.count ?? 0 });
      touched.add(id);
    }
  }

  // Absorptions either side recorded: the absorbed cluster and its survivor are one group.
  const groups = new Groups();
  const absorbedSomewhere = new Set<string>();
  const recorded: [string, string][] = [];
  for (const merged of [a.merged, b.merged]) {
    for (const [from, to] of Object.entries(merged ?? {})) {
      if (typeof to !== 'string' || from === to) continue;
      const f = live.get(from);
      const t = live.get(to);
      if (f && t && (f.route !== t.route || f.template.length !== t.template.length) && !takesTemplate(t.template, f.template)) continue;
      absorbedSomewhere.add(from);
      recorded.push([from, to]);
      groups.union(from, to);
    }
  }
  const absorbInto = (group: StateCluster[]): StateCluster => {
    // A cluster that some replica absorbed is not brought back as a survivor unless every
    // cluster of the group was absorbed somewhere (two replicas that merged a pair each way).
    let best = group[0];
    for (const c of group.slice(1)) {
      const ca = absorbedSomewhere.has(c.id);
      const ba = absorbedSomewhere.has(best.id);
      if (ca !== ba ? !ca : c.id < best.id) best = c;
    }
    for (const c of group) {
      if (c === best) continue;
      if (c.template.length === best.template.length && c.template.indexOf(VARIABLE_RUN) === best.template.indexOf(VARIABLE_RUN)) best.template = join(best.template, c.template);
      best.count = Math.max(best.count, c.count);
      live.delete(c.id);
    }
    // A variable run one of them learned reads the others' lines too: the survivor keeps it.
    if (!hasVariableRun(best.template)) {
      const run = group.find((c) => c !== best && hasVariableRun(c.template) && takesTemplate(c.template, best.template));
      if (run) best.template = [...run.template];
    }
    return best;
  };
  const byGroup = new Map<string, StateCluster[]>();
  for (const c of live.values()) {
    const g = groups.find(c.id);
    const list = byGroup.get(g);
    if (list) list.push(c);
    else byGroup.set(g, [c]);
  }
  for (const list of byGroup.values()) if (list.length > 1) touched.add(absorbInto(list).id);

  // Covering templates of one route are one template: merge until none covers another. Only a
  // touched cluster can be in such a pair when each input had none (the miner keeps none).
  while (touched.size > 0) {
    const byRoute = new Map<string, StateCluster[]>();
    for (const c of live.values()) {
      const list = byRoute.get(c.route);
      if (list) list.push(c);
      else byRoute.set(c.route, [c]);
    }
    const round = new Groups();
    const paired = new Set<string>();
    for (const id of touched) {
      const c = live.get(id);
      if (!c) continue;
      for (const o of byRoute.get(c.route)!) {
        if (o === c) continue;
        if (takesTemplate(c.template, o.template) || takesTemplate(o.template, c.template)) {
          round.union(c.id, o.id);
          paired.add(c.id).add(o.id);
        }
      }
    }
    touched.clear();
    const components = new Map<string, StateCluster[]>();
    for (const id of paired) {
      const root = round.find(id);
      const list = components.get(root);
      if (list) list.push(live.get(id)!);
      else components.set(root, [live.get(id)!]);
    }
    for (const list of components.values()) {
      const survivor = absorbInto(list);
      for (const c of list) if (c !== survivor) groups.union(c.id, survivor.id);
      touched.add(survivor.id);
    }
  }

  // Every absorbed id points straight at its group's survivor; a group whose clusters are all
  // forgotten keeps the smallest target it was given.
  const finalSurvivor = new Map<string, StateCluster>();
  for (const c of live.values()) finalSurvivor.set(groups.find(c.id), c);
  const merged = new Map<string, string>();
  const orphanTarget = (from: string, to: string) => {
    const had = merged.get(from);
    if (had === undefined || to < had) merged.set(from, to);
  };
  for (const [from, to] of recorded) {
    const s = finalSurvivor.get(groups.find(from));
    if (s) {
      if (s.id !== from) merged.set(from, s.id);
    } else orphanTarget(from, to);
  }
  for (const id of new Set([...inA.keys(), ...inB.keys()])) {
    if (live.has(id)) continue;
    const s = finalSurvivor.get(groups.find(id));
    if (s) merged.set(id, s.id);
  }
  for (const id of live.keys()) merged.delete(id);

  let seq = Math.max(a.seq ?? 0, b.seq ?? 0);
  for (const c of live.values()) seq = Math.max(seq, c.seq);
  const clusters = [...live.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const mergedOut: Record<string, string> = {};
  for (const k of [...merged.keys()].sort()) mergedOut[k] = merged.get(k)!;
  return { version: 2, seq, clusters, merged: mergedOut };
}
