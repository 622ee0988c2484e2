// Streaming log-template miner, after Drain (He et al., "Drain: An Online Log Parsing Approach
// with Fixed Depth Tree", ICWS 2017, https://jiemingzhu.github.io/pub/pjhe_icws2017.pdf).
//
// Each body is parameterised first (parameterize.ts), split on whitespace, and routed by
// (partition, token count, first token) to a small list of clusters. It joins the most similar
// cluster if at least `similarity` of the cluster's constant tokens equal the body's tokens;
// the differing positions of the template become `<*>`. Otherwise it starts a new cluster.
//
// Stability: a cluster's id is fixed when it is created (a hash of its partition and first
// template), so refining a template never re-keys the signature built on it. When a refined
// template now covers an older cluster of the same route, the two merge: the older id
// survives (it is the one most likely to have a signature already) and the absorbed id is
// reported once as an alias, so the store can point the absorbed signature at the survivor.
import { hash } from 'node:crypto';
import { parameterize, PLACEHOLDERS } from './parameterize.js';

export interface MinerOptions {
  /** Fraction of a template's constant tokens a body must share to join it (Drain's st). */
  similarity?: number;
  /** Clusters kept; beyond this, new shapes are fingerprinted by their masked text, unmined. */
  maxClusters?: number;
  /** Tokens of a body considered; the rest is dropped (one long line must not cost more). */
  maxTokens?: number;
}

interface Cluster {
  id: string;
  seq: number;
  route: string;
  template: string[];
  count: number;
}

export interface MinerState {
  version: 1;
  seq: number;
  clusters: { id: string; seq: number; route: string; template: string[]; count: number }[];
  /** Absorbed cluster id → surviving cluster id. */
  merged: Record<string, string>;
}

export interface MineResult {
  clusterId: string;
  template: string;
  /** Cluster ids absorbed into `clusterId` by this call. */
  absorbed: string[];
  /** False when the miner was full and the body was keyed by its masked text alone. */
  mined: boolean;
}

const WILDCARD = '<*>';

export class TemplateMiner {
  private readonly similarity: number;
  private readonly maxClusters: number;
  private readonly maxTokens: number;
  private readonly routes = new Map<string, Cluster[]>();
  private readonly byId = new Map<string, Cluster>();
  private merged: Record<string, string> = {};
  private seq = 0;
  dirty = false;

  constructor(options: MinerOptions = {}, state?: unknown) {
    this.similarity = options.similarity ?? 0.6;
    this.maxClusters = options.maxClusters ?? 100_000;
    this.maxTokens = options.maxTokens ?? 128;
    if (state) this.load(state);
  }

  private load(state: unknown): void {
    const s = state as Partial<MinerState>;
    if (!s || s.version !== 1 || !Array.isArray(s.clusters)) return; // unknown shape: start empty
    this.seq = typeof s.seq === 'number' ? s.seq : 0;
    this.merged = { ...(s.merged ?? {}) };
    for (const c of s.clusters) {
      const cluster: Cluster = { id: c.id, seq: c.seq, route: c.route, template: [...c.template], count: c.count };
      this.byId.set(cluster.id, cluster);
      const list = this.routes.get(cluster.route);
      if (list) list.push(cluster);
      else this.routes.set(cluster.route, [cluster]);
    }
  }

  exportState(): MinerState {
    this.dirty = false;
    const clusters = [...this.byId.values()].map((c) => ({ id: c.id, seq: c.seq, route: c.route, template: c.template, count: c.count }));
    return { version: 1, seq: this.seq, clusters, merged: { ...this.merged } };
  }

  /** Follows merges to the surviving cluster id. */
  resolve(id: string): string {
    let cur = id;
    for (let i = 0; i < 32 && this.merged[cur]; i++) cur = this.merged[cur];
    return cur;
  }

  get size(): number {
    return this.byId.size;
  }

  /** Masks and tokenises a body the way `add` does (exported for the benchmark and tests). */
  tokens(body: string): string[] {
    const tokens = parameterize(body).split(/\s+/).filter(Boolean);
    return tokens.length > this.maxTokens ? tokens.slice(0, this.maxTokens) : tokens;
  }

  add(partition: string, body: string): MineResult {
    const tokens = this.tokens(body);
    const first = tokens[0] ?? '';
    // A first token that is a parameter or contains a digit routes to a shared bucket (Drain's rule).
    const head = PLACEHOLDERS.has(first) || /\d/.test(first) ? WILDCARD : first;
    const route = `${partition}\u0000${tokens.length}\u0000${head}`;
    const list = this.routes.get(route);
    let best: Cluster | undefined;
    let bestSim = -1;
    if (list) {
      for (const c of list) {
        const sim = similarity(c.template, tokens);
        if (sim > bestSim || (sim === bestSim && best && c.seq < best.seq)) {
          best = c;
          bestSim = sim;
        }
      }
    }
    if (best && bestSim >= this.similarity) {
      best.count++;
      const { survivor, absorbed } = this.refine(best, tokens, list!);
      return { clusterId: survivor.id, template: survivor.template.join(' '), absorbed, mined: true };
    }
    if (this.byId.size >= this.maxClusters) {
      return { clusterId: hashId(route, tokens), template: tokens.join(' '), absorbed: [], mined: false };
    }
    const cluster: Cluster = { id: hashId(route, tokens), seq: ++this.seq, route, template: tokens, count: 1 };
    this.byId.set(cluster.id, cluster);
    if (list) list.push(cluster);
    else this.routes.set(route, [cluster]);
    this.dirty = true;
    return { clusterId: cluster.id, template: tokens.join(' '), absorbed: [], mined: true };
  }

  private refine(cluster: Cluster, tokens: string[], list: Cluster[]): { survivor: Cluster; absorbed: string[] } {
    const none = { survivor: cluster, absorbed: [] as string[] };
    let changed = false;
    for (let i = 0; i < tokens.length; i++) {
      if (cluster.template[i] !== WILDCARD && cluster.template[i] !== tokens[i]) {
        if (!changed) cluster.template = [...cluster.template];
        cluster.template[i] = WILDCARD;
        changed = true;
      }
    }
    if (!changed) return none;
    this.dirty = true;
    // Clusters of the same route that the refined template now covers are the same template.
    const covered = list.filter((o) => o !== cluster && covers(cluster.template, o.template));
    if (!covered.length) return none;
    const all = [cluster, ...covered].sort((a, b) => a.seq - b.seq);
    const survivor = all[0];
    const absorbed: string[] = [];
    for (const c of all.slice(1)) {
      for (let i = 0; i < survivor.template.length; i++) if (c.template[i] !== survivor.template[i]) survivor.template[i] = WILDCARD;
      survivor.count += c.count;
      this.merged[c.id] = survivor.id;
      this.byId.delete(c.id);
      list.splice(list.indexOf(c), 1);
      absorbed.push(c.id);
    }
    return { survivor, absorbed };
  }
}

// A plain lowercase word or identifier, bare or quoted (`refused`, `"users_pkey"`). Values are rarely plain words once numbers, ids, addresses and
// quoted strings are masked, while the words that tell failures apart are: `refused` vs
// `timed`, `expired` vs `insufficient`. Two such words differing at one position veto a join
// (a refinement over Drain, which would merge `… declined: card expired` into
// `… declined: insufficient funds` at 5/7 similarity).
const WORD = /^["'`(]?[a-z][a-z_]{1,40}["'`)]?[:,.;]?$/;

/** Drain's similarity: share of the template's constant positions that the tokens match. */
function similarity(template: string[], tokens: string[]): number {
  let constant = 0;
  let same = 0;
  for (let i = 0; i < template.length; i++) {
    const t = template[i];
    if (t === WILDCARD) continue;
    constant++;
    if (t === tokens[i]) same++;
    else if (WORD.test(t) && WORD.test(tokens[i])) return 0;
  }
  return constant === 0 ? 1 : same / constant;
}

function covers(general: string[], specific: string[]): boolean {
  for (let i = 0; i < general.length; i++) if (general[i] !== WILDCARD && general[i] !== specific[i]) return false;
  return true;
}

function hashId(route: string, tokens: string[]): string {
  return hash('sha256', `${route}\u0000${tokens.join(' ')}`, 'hex').slice(0, 16);
}
