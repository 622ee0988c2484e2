// Streaming log-template miner, after Drain (He et al., "Drain: An Online Log Parsing Approach
// with Fixed Depth Tree", ICWS 2017, https://jiemingzhu.github.io/pub/pjhe_icws2017.pdf).
//
// Each body is parameterised first (parameterize.ts) and cut into template tokens
// (template-tokens.ts: host names, paths, quoted and bracketed values, `key=value` values are
// parameters, and a run of parameters is one token, so variable-length parameters give one
// shape). The tokens are routed by (partition, token count, first token) to a small list of
// clusters. A body joins the most similar cluster if at least `similarity` of the cluster's
// constant tokens equal its tokens and no word differs (see `similarity`); the differing
// positions of the template become `<*>`. Otherwise it starts a new cluster.
//
// Stability: a cluster's id is fixed when it is created (a hash of its partition and first
// template), so refining a template never re-keys the signature built on it. When a refined
// template now covers an older cluster of the same route, the two merge: the older id
// survives (it is the one most likely to have a signature already) and the absorbed id is
// reported once as an alias, so the store can point the absorbed signature at the survivor.
import { hash } from 'node:crypto';
import { isMinerStateV2, mergeMinerStates } from './miner-merge.js';
import { parameterize } from './parameterize.js';
import { LIMITS } from './types.js';
import { isFailureWord } from './failure-words.js';
import { isEmptyValue, isOutcomeWord } from './outcome-words.js';
import { completesLinkingVerb } from './linking-verb.js';
import { isComponentNoun } from './component-noun.js';
import { ENUMERATED_VALUE_WORDS, isEnumeratedConstant } from './enumerated-constant.js';
import { namesWhichFile } from './file-kind-word.js';
import { isRejectingWord } from './rejected-setting-value.js';
import { hasVariableRun, joinAcrossLengths, project, takesTemplate, VARIABLE_RUN } from './variable-run.js';
import { isLevelLabel } from './severity-words.js';
import { serviceOpensWithValueAt } from './head-value-place.js';
import { atMessageHead } from './message-head.js';
import { nameInOwnParentheses } from './parenthesised-name.js';
import { covers, differentFailureWords, differentMessageWords, differentWords, isParameter, templateTokens, WILDCARD, type BodyKind } from './template-tokens.js';
import { withGoTimeLayoutNamed } from './go-time-layout.js';
import { withGoArrayLengthNamed } from './go-array-conversion-length.js';
import { withGoStrconvInputJoined } from './go-strconv-input.js';
import { withBindZoneNamed } from './bind-zone-prefix.js';
import { withVlogHeaderApart } from './vlog-header.js';
import { withoutDiagsThreadSlot } from './diags-thread-slot.js';
import { colonClosedName } from './colon-closed-name.js';
import { withoutStunnelHead } from './stunnel-log-head.js';
import { withNetworkDeviceNamed } from './network-device-name.js';
import { withColonStatusReasonAsValue } from './colon-status-reason.js';
import { withSwitchPortLabelNamed } from './switch-port-label.js';
import { memoByText } from '../text-memo.js';

export type { BodyKind } from './template-tokens.js';

/** The word veto per kind of body (template-tokens.ts `BodyKind`). */
const VETO = { log: differentWords, message: differentMessageWords, 'site-message': differentFailureWords } as const;

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
  /** Its template holds a variable run (variable-run.ts): lines of other lengths are read against it. */
  run?: boolean;
}

/**
 * Version 2: templates in the token classes of template-tokens.ts. Version 1 (whitespace
 * tokens of the parameterised body) still loads: its templates are re-tokenised (see `load`).
 */
export interface MinerState {
  version: 2;
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

/** What merging another replica's state changed (`TemplateMiner.mergeState`). */
export interface MinerMergeOutcome {
  /** Clusters this miner did not have before. */
  added: number;
  /** Clusters of this miner now absorbed into another (each reported once as an alias). */
  absorbed: number;
  /** Clusters after the merge. */
  templates: number;
}

const SHAPE_CACHE = 4096;
/**
 * Characters of lines (and their tokens) the miner remembers per kind of body, about 2 MB each:
 * an error message repeats word for word far more often than not (every event of one failure
 * with no value in its text), and masking it again costs more than finding it.
 */
const LINE_MEMO_CHARS = 1 << 20;

export class TemplateMiner {
  private readonly similarity: number;
  private readonly maxClusters: number;
  private readonly maxTokens: number;
  private readonly routes = new Map<string, Cluster[]>();
  private readonly byId = new Map<string, Cluster>();
  private merged: Record<string, string> = {};
  private mergedCount = 0;
  private seq = 0;
  /** Masked text → template tokens, for repeated shapes (see `tokens`). */
  private readonly shapes = new Map<string, string[]>();
  /** Line as given → template tokens, per kind of body, for repeated lines (see `tokens`). */
  private readonly lines = new Map<BodyKind, (body: string) => string[]>();
  /** Per route, the cluster that took its last line (see `add`); bounded like `routes`. */
  private readonly lastHit = new Map<string, Cluster>();
  /** Partition and first token → the routes (of every length) that start so: where a line of another length may find its statement (variable-run.ts). */
  private readonly heads = new Map<string, Set<string>>();
  /** Partition and first token → the clusters whose template holds a variable run. */
  private readonly runs = new Map<string, Set<Cluster>>();
  /** Partition → its routes (of every length and head): the templates one service writes (see `headHoldsValues`). */
  private readonly partitionRoutes = new Map<string, Set<string>>();
  /** Partition and first token → how many clusters its routes hold (see CROSS_LENGTH_HEAD_LIMIT). */
  private readonly headSizes = new Map<string, number>();
  /**
   * Survivor id → ids of ours that a merge of another replica's state absorbed into it: the
   * next line that reaches the survivor reports them as `absorbed`, as a merge while mining does.
   */
  private readonly pendingAbsorbed = new Map<string, string[]>();
  dirty = false;

  constructor(options: MinerOptions = {}, state?: unknown) {
    this.similarity = options.similarity ?? 0.6;
    this.maxClusters = options.maxClusters ?? 100_000;
    this.maxTokens = options.maxTokens ?? 128;
    if (state) this.load(state);
  }

  private load(state: unknown): void {
    const s = state as { version?: unknown; seq?: unknown; clusters?: unknown; merged?: unknown };
    // An unknown shape starts empty rather than crash the receiver.
    if (!s || (s.version !== 1 && s.version !== 2) || !Array.isArray(s.clusters)) return;
    const migrate = s.version === 1;
    this.seq = typeof s.seq === 'number' ? s.seq : 0;
    const merged = s.merged && typeof s.merged === 'object' ? (s.merged as Record<string, unknown>) : {};
    for (const [from, to] of Object.entries(merged)) if (typeof to === 'string') this.merged[from] = to;
    this.mergedCount = Object.keys(this.merged).length;
    const clusters = (s.clusters as Partial<Cluster>[]).filter(
      (c): c is Cluster => typeof c?.id === 'string' && typeof c.route === 'string' && Array.isArray(c.template) && c.template.every((t) => typeof t === 'string'),
    );
    // Oldest first, so that when two version-1 clusters re-tokenise to one template, the older
    // is already in place and survives (as in a merge while mining).
    if (migrate) clusters.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    for (const c of clusters) {
      const cluster: Cluster = { id: c.id, seq: typeof c.seq === 'number' ? c.seq : 0, route: c.route, template: [...c.template], count: typeof c.count === 'number' ? c.count : 0 };
      if (migrate) {
        // Version 1 kept the route and template of whitespace tokens; the ids stay (signatures
        // are keyed by them), the template and route are recomputed in today's token classes.
        // A template is already parameterised, so re-tokenising its text gives today's shape.
        const parts = cluster.route.split('\u0000');
        cluster.template = this.tokens(cluster.template.join(' '));
        cluster.route = routeOf(parts.slice(0, -2).join('\u0000'), cluster.template);
        const twin = this.routes.get(cluster.route)?.find((o) => o.template.join(' ') === cluster.template.join(' '));
        if (twin) {
          twin.count += cluster.count;
          this.merged[cluster.id] = twin.id;
          this.dropMerged();
          this.dirty = true;
          continue;
        }
        this.dirty = true;
      }
      this.insert(cluster);
    }
  }

  /** Files a cluster under its id, its route, and its route's head (see `heads`, `runs`). */
  private insert(cluster: Cluster): void {
    this.byId.set(cluster.id, cluster);
    const head = headOf(cluster.route);
    this.headSizes.set(head, (this.headSizes.get(head) ?? 0) + 1);
    const list = this.routes.get(cluster.route);
    if (list) list.push(cluster);
    else {
      this.routes.set(cluster.route, [cluster]);
      const routes = this.heads.get(head);
      if (routes) routes.add(cluster.route);
      else this.heads.set(head, new Set([cluster.route]));
      const partition = partitionOf(cluster.route);
      const own = this.partitionRoutes.get(partition);
      if (own) own.add(cluster.route);
      else this.partitionRoutes.set(partition, new Set([cluster.route]));
    }
    if (hasVariableRun(cluster.template)) this.fileRun(cluster);
  }

  private fileRun(cluster: Cluster): void {
    cluster.run = true;
    const head = headOf(cluster.route);
    const set = this.runs.get(head);
    if (set) set.add(cluster);
    else this.runs.set(head, new Set([cluster]));
  }

  exportState(): MinerState {
    this.dirty = false;
    return this.snapshot();
  }

  private snapshot(): MinerState {
    const clusters = [...this.byId.values()].map((c) => ({ id: c.id, seq: c.seq, route: c.route, template: [...c.template], count: c.count }));
    return { version: 2, seq: this.seq, clusters, merged: { ...this.merged } };
  }

  /**
   * Merges the state another replica exported (or what the store holds) into this miner
   * (miner-merge.ts): afterwards a line gets the cluster it gets on every replica that merged
   * the same. Ours that the merge absorbed are reported as aliases by the next line reaching
   * their survivor. Dirty afterwards exactly when this miner knows something `other` does not.
   */
  mergeState(other: unknown): MinerMergeOutcome {
    const theirs = isMinerStateV2(other) ? other : new TemplateMiner({ similarity: this.similarity, maxClusters: this.maxClusters, maxTokens: this.maxTokens }, other).exportState();
    // The usual round after this replica's own save: the store holds just what this miner
    // does. Nothing to merge, and the miner (its last-hit shortcuts) stays as it is.
    if (sameKnowledge(theirs, this.byId, this.merged)) {
      this.dirty = false;
      return { added: 0, absorbed: 0, templates: this.byId.size };
    }
    const result = mergeMinerStates(this.snapshot(), theirs);
    const before = new Set(this.byId.keys());
    this.byId.clear();
    this.routes.clear();
    this.lastHit.clear();
    this.heads.clear();
    this.partitionRoutes.clear();
    this.runs.clear();
    this.headSizes.clear();
    for (const c of result.clusters) this.insert({ id: c.id, seq: c.seq, route: c.route, template: c.template, count: c.count });
    this.merged = { ...result.merged };
    this.mergedCount = Object.keys(this.merged).length;
    this.seq = result.seq;
    let absorbed = 0;
    for (const id of before) {
      if (this.byId.has(id)) continue;
      this.addPending(this.resolve(id), [id]);
      absorbed++;
    }
    for (const [id, ids] of this.pendingAbsorbed) {
      if (this.byId.has(id)) continue;
      this.pendingAbsorbed.delete(id);
      this.addPending(this.resolve(id), ids);
    }
    let added = 0;
    for (const id of this.byId.keys()) if (!before.has(id)) added++;
    this.dirty = !sameKnowledge(theirs, new Map(result.clusters.map((c) => [c.id, c])), result.merged);
    return { added, absorbed, templates: this.byId.size };
  }

  private addPending(survivor: string, ids: string[]): void {
    if (!this.byId.has(survivor)) return;
    const list = this.pendingAbsorbed.get(survivor);
    if (list) list.push(...ids);
    else this.pendingAbsorbed.set(survivor, [...ids]);
  }

  /** `absorbed` plus what merges absorbed into `id` that no line has reported yet. */
  private withPending(id: string, absorbed: string[]): string[] {
    if (this.pendingAbsorbed.size === 0) return absorbed;
    const pending = this.pendingAbsorbed.get(id);
    if (!pending) return absorbed;
    this.pendingAbsorbed.delete(id);
    return [...absorbed, ...pending];
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
  tokens(body: string, kind: BodyKind = 'log'): string[] {
    let read = this.lines.get(kind);
    if (read === undefined) this.lines.set(kind, (read = memoByText((line) => this.tokensOfLine(line, kind), LINE_MEMO_CHARS, (line, tokens) => line.length + tokens.length, { probation: true })));
    return read(body);
  }

  /** `tokens` of a line not met lately. */
  private tokensOfLine(body: string, kind: BodyKind): string[] {
    // A body at the cap was cut (here or by the caller): it loses its tail at a token
    // boundary, not inside a token (a cut token would be a new constant in every such line).
    const capped = body.length >= LIMITS.maxMessageChars ? body.slice(0, Math.max(0, body.lastIndexOf(' ', LIMITS.maxMessageChars - 1))) : body;
    // Once values are masked, lines repeat: the token classes of a masked text are kept for
    // the next line of that shape (bounded; the arrays are never mutated, `refine` copies).
    // A Go time layout is the parsing statement's constant, named before values are masked (go-time-layout.ts);
    // so is the array length a Go slice-to-array conversion converts to (go-array-conversion-length.ts);
    // strconv's quoted input is one value, its spaces joined (go-strconv-input.ts).
    // A BIND zone's prefix (`zone <name>/IN: `, `managed-keys-zone: `) is one value, written so before masking (bind-zone-prefix.ts).
    const read = withGoStrconvInputJoined(withGoArrayLengthNamed(withGoTimeLayoutNamed(capped)));
    // Open vSwitch's vlog header (`<time>|<seq>|<module>|<LEVEL>|`) ends before its message's first word (vlog-header.ts);
    // an interface's name after `network device`/`netdev` is a value (network-device-name.ts);
    // stunnel's two line heads are the logger's, left out (stunnel-log-head.ts);
    // `error <code>: <reason>` ending a line is one status value (colon-status-reason.ts);
    // a port's, interface's or bridge's name labelling the line's words is a value (switch-port-label.ts);
    // the thread or program slot of Traffic Server's diags head is the logger's, left out (diags-thread-slot.ts).
    const masked = parameterize(kind === 'log' ? withSwitchPortLabelNamed(withColonStatusReasonAsValue(withNetworkDeviceNamed(withVlogHeaderApart(withBindZoneNamed(withoutStunnelHead(withoutDiagsThreadSlot(read))))))) : read, kind === 'log');
    const key = kind === 'log' ? masked : `${kind === 'message' ? '\u0001' : '\u0002'}${masked}`;
    const known = this.shapes.get(key);
    if (known) return known;
    const tokens = templateTokens(masked, this.maxTokens, kind);
    if (this.shapes.size >= SHAPE_CACHE) this.shapes.delete(this.shapes.keys().next().value as string);
    this.shapes.set(key, tokens);
    return tokens;
  }

  /** Mines one log body, or one exception message (its quotes hold values; see `BodyKind`). */
  add(partition: string, body: string, kind: BodyKind = 'log'): MineResult {
    return this.addTokens(partition, this.tokens(body, kind), kind);
  }

  /**
   * Mines a body already masked and tokenised by `tokens` (with the same `kind`), by this miner
   * or another one: `tokens` reads nothing but its input, so a fingerprint analysis made on a
   * worker thread carries them (core/fingerprint/index.ts Analysis) and the miner's owner skips
   * the masking. The array is never changed here (`refine` copies).
   */
  addTokens(partition: string, tokens: string[], kind: BodyKind = 'log'): MineResult {
    const route = routeOf(partition, tokens);
    const list = this.routes.get(route);
    let best: Cluster | undefined;
    let bestSim = -1;
    // Lines come in runs of one shape: the cluster this route matched last is tried first, and
    // a perfect match on it ends the search (two clusters of a route never both match a line
    // perfectly for long: the refinement that would make that so merges them).
    const last = list && this.lastHit.get(route);
    if (last && this.byId.has(last.id) && coversLine(last, tokens)) {
      last.count++;
      return { clusterId: last.id, template: last.template.join(' '), absorbed: this.withPending(last.id, []), mined: true };
    }
    if (list) {
      for (const c of list) {
        const probe = c.run ? project(c.template, tokens) : tokens;
        if (!probe) continue;
        const sim = similarity(c.template, probe, VETO[kind], kind === 'log');
        // Ties go to the older cluster, then the smaller id: replicas that merged each other's
        // templates (miner-merge.ts) hold the same clusters and so choose alike.
        if (sim > bestSim || (sim === bestSim && best && (c.seq < best.seq || (c.seq === best.seq && c.id < best.id)))) {
          best = c;
          bestSim = sim;
        }
      }
    }
    if (best && bestSim >= this.similarity) return this.joined(route, this.refine(best, best.run ? project(best.template, tokens)! : tokens, list!));
    // A word that takes many values at one place of otherwise equal log lines is a value.
    const atValue = kind === 'log' && list ? this.joinValuePosition(partition, tokens, list) : undefined;
    if (atValue) return this.joined(route, atValue);
    // One statement whose value has another number of words (variable-run.ts).
    const acrossLengths = kind === 'log' ? this.joinAcrossLengths(route, tokens) : undefined;
    if (acrossLengths) return this.joined(route, acrossLengths);
    // Full, or this route is: a new shape is keyed by its masked text alone (see ROUTE_LIMIT).
    if (this.byId.size >= this.maxClusters || (list?.length ?? 0) >= ROUTE_LIMIT) {
      return { clusterId: hashId(route, tokens), template: tokens.join(' '), absorbed: [], mined: false };
    }
    const cluster: Cluster = { id: hashId(route, tokens), seq: ++this.seq, route, template: tokens, count: 1 };
    this.insert(cluster);
    this.lastHit.set(route, cluster);
    this.dirty = true;
    return { clusterId: cluster.id, template: tokens.join(' '), absorbed: [], mined: true };
  }

  /** Keeps the merge map bounded like the clusters: the oldest merges are forgotten first. */
  private dropMerged(): void {
    this.mergedCount++;
    if (this.mergedCount <= this.maxClusters) return;
    for (const k in this.merged) {
      delete this.merged[k];
      if (--this.mergedCount <= this.maxClusters) break;
    }
  }

  /** The line counted in the cluster it joined (refined, possibly absorbing others), now its route's last hit. */
  private joined(route: string, { survivor, absorbed }: { survivor: Cluster; absorbed: string[] }): MineResult {
    survivor.count++;
    this.lastHit.set(route, survivor);
    return { clusterId: survivor.id, template: survivor.template.join(' '), absorbed: this.withPending(survivor.id, absorbed), mined: true };
  }

  /**
   * Log lines that differ from clusters of their route in one word only, the same place each
   * time, and in a word that states no failure (failure-words.ts): once that place has held
   * `VALUE_WORDS` different words it holds a value — a user name (`Failed password for alice
   * from <ip>`, `… for deploy …`, `… for root …`), a host, a queue — and the clusters join
   * there, the oldest surviving. Two or three different words are still told apart (`VM
   * Started` / `VM Paused` differ in condition words anyway, which never join this way).
   */
  private joinValuePosition(partition: string, tokens: string[], list: Cluster[]): { survivor: Cluster; absorbed: string[] } | undefined {
    const atPosition = new Map<number, Cluster[]>();
    const seen = new Map<number, boolean>();
    const headHoldsValues = (i: number): boolean => {
      if (!seen.has(i)) seen.set(i, this.headHoldsValues(partition, tokens, i));
      return seen.get(i)!;
    };
    for (const c of list) {
      const i = soleWordDifference(c.template, tokens, headHoldsValues);
      if (i < 0) continue;
      const same = atPosition.get(i);
      if (same) same.push(c);
      else atPosition.set(i, [c]);
    }
    for (const [i, clusters] of atPosition) {
      if (clusters.length + 1 < valueWordsAt(tokens, i) && !(clusters.length + 1 >= HEAD_QUOTED_VALUE_WORDS_WHERE_VALUES_OPEN && headHoldsValues(i))) continue;
      // The lines must share a word elsewhere, the statement's own text: a line whose only word
      // is the one that differs (memcached -vv's `<fd version`, `<fd mn`, `<fd watch`, each a
      // command of its own after the descriptor; `<fd set user:1001 0 300 5` and `<fd incr
      // user:1001 1`, where the rest is the client's key and numbers) gives no sign of one
      // statement, and its join would leave a template of values, which takes any such line.
      if (!keepsAWord(tokens, i)) continue;
      const oldest = clusters.reduce((a, b) => (b.seq < a.seq || (b.seq === a.seq && b.id < a.id) ? b : a));
      return this.refine(oldest, tokens, list);
    }
    return undefined;
  }

  /**
   * Whether place `i` of `tokens` is a quoted name opening the message where another template of
   * the partition already opens its message with a value there (head-value-place.ts). Read from
   * the templates alone, so replicas holding one state decide alike.
   */
  private headHoldsValues(partition: string, tokens: readonly string[], i: number): boolean {
    if (!QUOTED_NAME.test(tokens[i]) || !atMessageHead(tokens, i)) return false;
    const { routes } = this;
    const own = this.partitionRoutes.get(partition);
    const templates = function* () {
      for (const route of own ?? []) for (const c of routes.get(route) ?? []) yield c.template;
    };
    return serviceOpensWithValueAt(templates(), i);
  }

  private refine(cluster: Cluster, tokens: string[], list: Cluster[]): { survivor: Cluster; absorbed: string[] } {
    const none = { survivor: cluster, absorbed: [] as string[] };
    let changed = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = cluster.template[i];
      // Two values of different kinds (`<ip>` / `<hostname>`) leave a value's place, keeping the
      // first placeholder: `<*>` would take any word there, an outcome word too (outcome-words.ts).
      if (t !== WILDCARD && t !== tokens[i] && !(isParameter(t) && isParameter(tokens[i]))) {
        if (!changed) cluster.template = [...cluster.template];
        cluster.template[i] = WILDCARD;
        changed = true;
      }
    }
    if (!changed) return none;
    this.dirty = true;
    // Clusters of the same route that the refined template now covers are the same template.
    const covered = list.filter((o) => o !== cluster && coversLine(cluster, o.template, o.run));
    if (!covered.length) return none;
    const all = [cluster, ...covered].sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : 1));
    const survivor = all[0];
    const absorbed: string[] = [];
    // A template may be the very array `tokens` handed out (its shape cache, an analysis's
    // tokens): copied before its first change, as above.
    let copied = survivor === cluster && changed;
    for (const c of all.slice(1)) {
      if (c.template.length === survivor.template.length) {
        for (let i = 0; i < survivor.template.length; i++) {
          if (c.template[i] === survivor.template[i]) continue;
          if (!copied) survivor.template = [...survivor.template];
          copied = true;
          survivor.template[i] = WILDCARD;
        }
      }
      this.absorb(c, survivor, list);
      absorbed.push(c.id);
    }
    return { survivor, absorbed };
  }

  /** `c`'s lines are `survivor`'s from now on: `c` leaves the miner, its id an alias of the survivor's. */
  private absorb(c: Cluster, survivor: Cluster, list: Cluster[]): void {
    this.dropMerged();
    survivor.count += c.count;
    this.merged[c.id] = survivor.id;
    const pending = this.pendingAbsorbed.get(c.id);
    if (pending) {
      this.pendingAbsorbed.delete(c.id);
      this.addPending(survivor.id, pending);
    }
    this.byId.delete(c.id);
    list.splice(list.indexOf(c), 1);
    const head = headOf(c.route);
    this.runs.get(head)?.delete(c);
    this.headSizes.set(head, this.headSizes.get(head)! - 1);
  }

  /**
   * A line that no template of its length takes, read against the templates of other lengths
   * that start as it does (variable-run.ts): first those that already hold a variable run, then
   * the others, whose template would take one. The oldest such cluster takes the line; the
   * clusters of its head that its template now covers join it (their ids become aliases).
   */
  private joinAcrossLengths(route: string, tokens: string[]): { survivor: Cluster; absorbed: string[] } | undefined {
    const head = headOf(route);
    // Every template of the head is a candidate, so a head that has grown past the limit (free
    // text the miner cannot take apart, each line a template of its own) is not searched: that
    // search, once per line no template takes, made a storm of distinct lines quadratic in the
    // head's size on top of the route's own scan (test/core/fingerprint/variable-run-cost.test.ts).
    // The count depends on the miner's state alone, so replicas holding one state decide alike.
    if ((this.headSizes.get(head) ?? 0) > CROSS_LENGTH_HEAD_LIMIT) return undefined;
    const older = (a: Cluster | undefined, b: Cluster) => !a || b.seq < a.seq || (b.seq === a.seq && b.id < a.id);
    let best: Cluster | undefined;
    for (const c of this.runs.get(head) ?? []) {
      if (c.route === route) continue;
      const probe = project(c.template, tokens);
      if (probe && similarity(c.template, probe, differentWords, true) >= this.similarity && older(best, c)) best = c;
    }
    if (best) return this.refine(best, project(best.template, tokens)!, this.routes.get(best.route)!);
    let joined: string[] | undefined;
    for (const r of this.heads.get(head) ?? []) {
      if (r === route) continue;
      for (const c of this.routes.get(r) ?? []) {
        // A run closing the template (a record's optional fields) may still move to a shorter line's end.
        if ((c.run && c.template[c.template.length - 1] !== VARIABLE_RUN) || !older(best, c)) continue;
        const template = joinAcrossLengths(c.template, tokens);
        if (template) {
          best = c;
          joined = template;
        }
      }
    }
    if (!best || !joined) return undefined;
    best.template = joined;
    this.fileRun(best);
    this.dirty = true;
    const absorbed: string[] = [];
    for (const r of this.heads.get(head)!) {
      const list = this.routes.get(r)!;
      for (const c of [...list]) {
        if (c === best || !coversLine(best, c.template, c.run)) continue;
        this.absorb(c, best, list);
        absorbed.push(c.id);
      }
    }
    return { survivor: best, absorbed };
  }
}

/**
 * Different words one place of otherwise equal log lines must have held before it is a value's.
 * Two joined OpenStack's and Mac's distinct events on the Loghub development split (mean GA
 * 0.990 → 0.980); three changed none of it, and four or more left a value seen three times apart.
 */
const VALUE_WORDS = 3;

/**
 * A word as names are written — a user's, a host's, a queue's: lower case, digits, `_`, `-`, `.`.
 * Capitalised and upper-case words are a program's own vocabulary (`LOOKING` / `LEADING` /
 * `FOLLOWING` states, class names), never joined this way.
 */
const NAME_LIKE = /^[a-z][a-z0-9_.-]{0,63}$/;

/**
 * A name-like word and the punctuation that closes it, when a format writes its value inside
 * parentheses or brackets and goes on with a colon or comma (InspIRCd 3's `Client connecting on
 * port %d (class %s): …`, the token `main):`): the name is compared as NAME_LIKE's, and two
 * lines' closing punctuation must be the same.
 */
const CLOSED_NAME = /^([a-z][a-z0-9_.-]{0,63})([)\]][,;:]?)$/;

/**
 * The name of a name-like word, of one closed by a bracket (CLOSED_NAME), of one in parentheses
 * (parenthesised-name.ts) or of one closed by its colon after a plain word (colon-closed-name.ts),
 * and what closes it; undefined for any other token.
 */
function nameOf(token: string, previous: string | undefined): { name: string; close: string } | undefined {
  if (NAME_LIKE.test(token)) return { name: token, close: '' };
  const m = CLOSED_NAME.exec(token);
  // A name in parentheses of its own (`(sendreceive)`, parenthesised-name.ts).
  return m ? { name: m[1], close: m[2] } : (nameInOwnParentheses(token) ?? colonClosedName(token, previous));
}

/**
 * A name in quotes, with the punctuation after it (`'route'`, `"sock1",`). In a log line a quoted
 * word stays a word (template-tokens.ts): a program quotes the identifiers it names — a
 * constraint, a limit, a state — and one statement names a few of its own. A place that has held
 * `QUOTED_VALUE_WORDS` different quoted names in otherwise equal lines holds data: ejabberd's
 * ejabberd_mnesia `Creating Mnesia ~ts table '~ts'` names every table a module makes (eight
 * `ram` tables at one start, server-logs-10.test.ts), Prosody's portmanager `Deactivated service
 * '%s'` each service it serves (five, server-logs-8.test.ts).
 */
const QUOTED_NAME = /^(["'])[a-z][a-z0-9_.-]{0,63}\1[,;:.]?$/;

/**
 * Different quoted names one place of otherwise equal log lines must have held before it is a
 * value's. The labelled server logs' quoted places of one statement held four to eight names
 * (PowerDNS's bind backend zones four, Prosody's services five, CUPS's queues six, ejabberd's
 * tables eight); those whose names are statements of their own three at most (pam_limits's
 * `Could not set limit for 'core'` / `'nofile'` / `'memlock'`, labelled by limit in
 * syslog-host.ndjson).
 */
const QUOTED_VALUE_WORDS = 5;

/**
 * Different quoted names the first place of a message must have held before it is a value's
 * (message-head.ts). A program that opens its message with a quoted name (Monit's `'%s' file
 * doesn't exist`, `'%s' process is not running`, after its time and level) writes there the
 * object the statement is about, as many as are configured: monit.ndjson's statements held three
 * or four. Not two: MySQL's grant loader opens statements of its own with a constant table name
 * (`'user' entry '%s@%s' ignored …`, `'proxies_priv' entry '%s' ignored …`; quoted-head-name.test.ts).
 */
const HEAD_QUOTED_VALUE_WORDS = 3;

/**
 * The same, where another template of the service already opens its message with a value
 * (head-value-place.ts): Monit's statements about a check log only the checks configured for that
 * check's kind, two as often as three (monit.ndjson: two directories, two protocol tests whose
 * hosts do not resolve, two checksums), and the service's other statements show that its head
 * names the object.
 */
const HEAD_QUOTED_VALUE_WORDS_WHERE_VALUES_OPEN = 2;

/** How many different words place `i` of otherwise equal lines must have held before it is a value's. */
function valueWordsAt(tokens: readonly string[], i: number): number {
  if (isEnumeratedConstant(tokens[i])) return ENUMERATED_VALUE_WORDS;
  if (!QUOTED_NAME.test(tokens[i])) return VALUE_WORDS;
  return atMessageHead(tokens, i) ? HEAD_QUOTED_VALUE_WORDS : QUOTED_VALUE_WORDS;
}

/** The name inside a quoted name and what closes it, or the token as it is: two quoted names compare as names when their quotes and closing punctuation agree. */
function unquoted(token: string): string {
  return QUOTED_NAME.test(token) ? token.slice(1).replace(/["'][,;:.]?$/, '') : token;
}

/** Whether two quoted names are written alike around their names (the same quote, the same punctuation after). */
function sameQuoting(a: string, b: string): boolean {
  return a[0] === b[0] && a.slice(a.lastIndexOf(a[0])) === b.slice(b.lastIndexOf(b[0]));
}

/** Whether a line keeps a constant word once its place `at` becomes a value: not a value, nor a value under its label (`user:<*>`, `uid=<*>`). */
function keepsAWord(tokens: readonly string[], at: number): boolean {
  return tokens.some((t, j) => j !== at && t !== WILDCARD && !isParameter(t) && !LABELLED_VALUE.test(t));
}

const LABELLED_VALUE = /[:=]<[^<>\s]+>$/;

/** The one place where `tokens` differ from `template` by a name-like word (or quoted name) that states no failure and completes no linking verb, or -1. */
function soleWordDifference(template: readonly string[], tokens: readonly string[], quotedHeadHoldsValues: (i: number) => boolean = () => false): number {
  let at = -1;
  for (let i = 0; i < template.length; i++) {
    let t = template[i];
    let u = tokens[i];
    if (t === u || t === WILDCARD) continue;
    const quoted = QUOTED_NAME.test(t) && QUOTED_NAME.test(u);
    if (quoted) {
      if (!sameQuoting(t, u)) return -1;
      t = unquoted(t);
      u = unquoted(u);
    }
    // Values of other kinds around the word (a URI where the other line has a number): the word
    // names which field the line sets, and so which kind of value follows (CUPS's add_printer
    // `Setting %s device-uri to "%s"` / `Setting %s printer-state to %d`), not a value of one
    // statement, whose other values keep their kinds. Only lines alike in every value join so.
    if (isParameter(t) && isParameter(u)) return -1;
    // Two members of one enumeration (enumerated-constant.ts) compare as names do, their place
    // a value's only after more of them (valueWordsAt).
    const enumerated = isEnumeratedConstant(t) && isEnumeratedConstant(u);
    const a = enumerated ? { name: t, close: '' } : nameOf(t, template[i - 1]);
    const b = enumerated ? { name: u, close: '' } : nameOf(u, tokens[i - 1]);
    if (at >= 0 || !a || !b || a.close !== b.close) return -1;
    // A quoted name opening the message of a service whose head holds values is the name the
    // program was given (Monit's checks `'uploads'`, `'big'`, `'other'`), whatever word it is
    // (head-value-place.ts); elsewhere a failure word states which failure.
    if ((isFailureWord(a.name) || isFailureWord(b.name)) && !(quoted && quotedHeadHoldsValues(i))) return -1;
    // A word after `became` / `is` names a state of the program's own (linking-verb.ts).
    if (completesLinkingVerb(template[i - 1])) return -1;
    // A word after `unknown` / `invalid` names the kind of thing rejected (rejected-setting-value.ts).
    if (isRejectingWord(template[i - 1])) return -1;
    // A word before `service` / `listener` / `worker`… names one of the program's parts (component-noun.ts).
    if (isComponentNoun(template[i + 1])) return -1;
    // A word before `file` / `state file`… names which of the program's files (file-kind-word.ts);
    // a quoted one is a name the program was given (Monit's `'%s' file doesn't exist`, the check's).
    if (!quoted && namesWhichFile(template, i)) return -1;
    at = i;
  }
  return at;
}

/** Whether a state holds exactly these clusters (counts aside) and merges. */
function sameKnowledge(state: MinerState, clusters: ReadonlyMap<string, Omit<Cluster, 'count'>>, merged: Record<string, string>): boolean {
  if (state.clusters.length !== clusters.size) return false;
  for (const c of state.clusters) {
    const o = clusters.get(c.id);
    if (!o || o.seq !== c.seq || o.route !== c.route || o.template.length !== c.template?.length || o.template.some((t, i) => t !== c.template[i])) return false;
  }
  const keys = Object.keys(merged);
  const theirs = state.merged && typeof state.merged === 'object' ? state.merged : {};
  if (keys.length !== Object.keys(theirs).length) return false;
  return keys.every((k) => theirs[k] === merged[k]);
}

/**
 * Templates a head (partition and first token) may hold for a line of it to be read against its
 * templates of other lengths. Real statements sharing a first word number a few dozen (Loghub's
 * Mac development split, the most varied, holds 341 statements in all); a head past this many is
 * a storm of distinct text.
 */
const CROSS_LENGTH_HEAD_LIMIT = 256;

/**
 * Templates one route (partition, token count, first token) may hold; a new shape of a route
 * past it is keyed by its masked text, unmined, as every new shape is once the miner is full.
 * A line is read against every template of its route, twice when none takes it (`add`,
 * `joinValuePosition`), so where distinct free text makes each line a template of its own the
 * route grew by one template per line and each line cost more than the last: 16,000 distinct
 * seven-word lines of one route took 33 ms each at the end (test/core/fingerprint/route-limit.test.ts).
 * Real statements of one route number far fewer: the most on Loghub's development split is 13
 * (Mac), whose whole log holds 343 templates.
 */
const ROUTE_LIMIT = 256;

/** A route without its token count: the partition and the first token (see `routeOf`). */
/** The partition a route files lines of: all of it before its length and its first token (see routeOf). */
function partitionOf(route: string): string {
  return route.slice(0, route.lastIndexOf('\u0000', route.lastIndexOf('\u0000') - 1));
}

function headOf(route: string): string {
  const last = route.lastIndexOf('\u0000');
  const count = route.lastIndexOf('\u0000', last - 1);
  return route.slice(0, count) + route.slice(last);
}

/** Whether a cluster's template takes a line (or a narrower template): variable-run.ts takesTemplate. */
function coversLine(cluster: Cluster, tokens: string[], tokensHaveRun = false): boolean {
  return takesTemplate(cluster.template, tokens, cluster.run ?? false, tokensHaveRun);
}

/**
 * Drain's route: partition, token count, and the first token unless it holds a digit or a value,
 * or is a quoted name. A program that quotes a name at the head of its line names there the object
 * the statement is about (Monit's `'%s' process is not running`, the check's name): routed by
 * it, the lines of one statement about many objects never met, so the place never became a value's
 * (quoted-head-name.test.ts). Routed together they join as quoted names anywhere do, once
 * QUOTED_VALUE_WORDS have been seen there.
 */
function routeOf(partition: string, tokens: string[]): string {
  const first = tokens[0] ?? '';
  const head = /[\d<]/.test(first) || QUOTED_NAME.test(first) ? WILDCARD : first;
  return `${partition}\u0000${tokens.length}\u0000${head}`;
}

/**
 * Drain's similarity: the share of the template's constant positions that the tokens match.
 * Parameters match any parameter. Two different words at a constant position veto the join
 * (a refinement over Drain): once values are masked, the words left are what tells failures
 * apart (`card expired` / `card blocked`, `VM Started` / `VM Paused`, `from NEW to INITED` /
 * `from INITED to SETUP`), while a value rarely looks like a word. In a log line, a value
 * where the other line has a word in capitals naming an outcome (`is <ip>` / `is NXDOMAIN`,
 * outcome-words.ts) vetoes it too; a place already learned as a wildcard takes any token.
 */
function similarity(template: string[], tokens: string[], veto: (a: string, b: string, nextA?: string, nextB?: string, previousA?: string, previousB?: string) => boolean, outcomes: boolean): number {
  let constant = 0;
  let same = 0;
  // Two level labels where the lines differ in nothing else but values: one statement logged at
  // two levels, which the severity does not part (severity-words.ts isLevelLabel). Beside another
  // difference the level stays a word: a statement at WARN and another at ERROR (Sidekiq's `WARN:
  // Redis::CannotConnectError: …` and `ERROR: heartbeat: …`) are two.
  let levels = false;
  let other = false;
  for (let i = 0; i < template.length; i++) {
    const t = template[i];
    const u = tokens[i];
    if (t === WILDCARD) continue;
    if (isParameter(t)) {
      if (isParameter(u)) continue;
      // A value where the other line has an outcome word: two outcomes (outcome-words.ts).
      if (outcomes && isOutcomeWord(u)) return 0;
      constant++;
      other = true;
      continue;
    }
    constant++;
    if (t === u) same++;
    else if (isLevelLabel(t) && isLevelLabel(u)) levels = true;
    else if (veto(t, u, template[i + 1], tokens[i + 1], template[i - 1], tokens[i - 1]) || (outcomes && outcomeAndOther(t, u))) return 0;
    else other = true;
  }
  if (levels && other) return 0;
  // A template of values alone takes only values written alike (template-tokens.ts covers,
  // valuesOnly): here every place is a wildcard or a value the line has a value at.
  if (constant === 0) return covers(template, tokens) ? 1 : 0;
  // A join that would leave no constant at all makes a template that matches anything.
  return same === 0 ? 0 : same / constant;
}

/**
 * An outcome word where the other line has a value or prints the field empty (`is <ip>` / `is
 * NXDOMAIN`; CoreDNS's `NXDOMAIN` / `-`): two outcomes (outcome-words.ts).
 */
function outcomeAndOther(t: string, u: string): boolean {
  return (isOutcomeWord(t) && (isParameter(u) || isEmptyValue(u))) || (isEmptyValue(t) && isOutcomeWord(u));
}

function hashId(route: string, tokens: string[]): string {
  return hash('sha256', `${route}\u0000${tokens.join(' ')}`, 'hex').slice(0, 16);
}
