import type { Flow, NodeKind } from '../../../model';
import type { NodeSeries } from '../../../sim';
import { badgeLines, heatCounts, type Figures } from './badges';
import { isWarm, toneOf, warm, type Heat, type LiveTone, type Stamp } from './heat';

/** What a card shows while (and after) a run: its badge lines and its tone. */
export interface BadgeView {
  lines: string[];
  tone: LiveTone;
}

export const sameBadge = (a: BadgeView | null, b: BadgeView | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.tone === b.tone &&
    a.lines.length === b.lines.length &&
    a.lines.every((l, i) => l === b.lines[i]));

/** The parts of a LiveRun the badges read. */
export interface BadgeSource {
  readonly flow: Flow;
  readonly version: number;
  readonly nowMs: number;
  nodes(): readonly (Figures & { nodeId: string })[];
  series(nodeId: string): NodeSeries | null;
}

/** Series are copies: a stream's iterator age is read at most this often (real ms). */
const SERIES_EVERY_MS = 1000;

/** Turns one run's live figures into badge views, remembering each card's heat between looks. */
export class BadgeFeed {
  private readonly kinds: Map<string, NodeKind>;
  private readonly deadLetter: Set<string>;
  private readonly heat = new Map<string, Heat>();
  private readonly iterator = new Map<string, { realMs: number; version: number; ageMs: number | null }>();
  private lastActive: boolean | null = null;
  private warmNow = false;
  private seen = -1;

  constructor(private readonly live: BadgeSource) {
    this.kinds = new Map(live.flow.nodes.map((n) => [n.id, n.kind]));
    this.deadLetter = new Set(
      live.flow.edges
        .filter(
          (e) =>
            e.settings.type === 'deadLetter' ||
            (e.settings.type === 'subscription' && e.settings.deadLetterQueue),
        )
        .map((e) => e.source),
    );
  }

  /** Whether a look now could show something new (figures moved, a tone may cool, the run ended). */
  due(active: boolean): boolean {
    return this.live.version !== this.seen || active !== this.lastActive || this.warmNow;
  }

  /** Each node's view now. */
  update(realMs: number, active: boolean): Map<string, BadgeView> {
    this.seen = this.live.version;
    this.lastActive = active;
    this.warmNow = false;
    const at: Stamp = { real: realMs, virtual: this.live.nowMs };
    const out = new Map<string, BadgeView>();
    for (const n of this.live.nodes()) {
      const kind = this.kinds.get(n.nodeId);
      if (!kind) continue;
      const heat = warm(this.heat.get(n.nodeId), heatCounts(kind, n), at);
      this.heat.set(n.nodeId, heat);
      if (isWarm(heat, at)) this.warmNow = true;
      const lines = badgeLines(kind, n, {
        hasDeadLetter: this.deadLetter.has(n.nodeId),
        iteratorAgeMs: kind === 'stream' ? this.iteratorAge(n.nodeId, realMs) : null,
      });
      out.set(n.nodeId, { lines, tone: toneOf(heat, at, active) });
    }
    return out;
  }

  /** The most recent bucket's largest iterator age: what CloudWatch's IteratorAge maximum shows. */
  private iteratorAge(nodeId: string, realMs: number): number | null {
    const last = this.iterator.get(nodeId);
    if (last && (last.version === this.live.version || realMs - last.realMs < SERIES_EVERY_MS))
      return last.ageMs;
    const h = this.live.series(nodeId)?.histograms.iteratorAgeMs;
    let ageMs: number | null = last?.ageMs ?? null;
    if (h) {
      for (let i = h.count.length - 1; i >= 0; i--) {
        if (h.count[i]! > 0) {
          ageMs = h.max[i]!;
          break;
        }
      }
    }
    this.iterator.set(nodeId, { realMs, version: this.live.version, ageMs });
    return ageMs;
  }
}
