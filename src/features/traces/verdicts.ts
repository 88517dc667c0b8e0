import type { MatchFailure, TraceRecord } from '../../sim';

/** One rule (bus) or subscription (topic) and whether the message matched it, in words. */
export interface VerdictLine {
  /** Test-id suffix: the rule's name, or the subscription's index. */
  key: string;
  matched: boolean;
  /** "rule large-orders" or "subscription 2 → Billing queue (sqs)". */
  subject: string;
  /** Where a match went: target node labels. */
  targets: string[];
  /** Why it did not match: one line per field and condition that failed. */
  reasons: string[];
  /** The rule or subscription could not match at all (disabled, invalid pattern). */
  skipped: string | null;
}

export interface VerdictGroup {
  /** "Event 1 of 2 (shop / OrderPlaced)" when a put carried several events; null otherwise. */
  title: string | null;
  lines: VerdictLine[];
}

/** "detail.total is 42.5, needs numeric >= 500" */
export function failureText(f: MatchFailure): string {
  return `${f.path} is ${f.actual}, needs ${f.condition}`;
}

/** The whole verdict as one line, e.g. "✗ rule large-orders: detail.total is 42.5, needs numeric >= 500". */
export function verdictText(v: VerdictLine): string {
  if (v.skipped) return `– ${v.subject}: ${v.skipped}`;
  if (v.matched) return `✓ ${v.subject}${v.targets.length > 0 ? ` → ${v.targets.join(', ')}` : ''}`;
  return `✗ ${v.subject}: ${v.reasons.join('; ') || 'did not match'}`;
}

/** The rule or filter evaluation a router span carries (empty for other spans). */
export function verdictsOf(span: TraceRecord, label: (nodeId: string) => string): VerdictGroup[] {
  if (span.type === 'bus.put') {
    const many = span.events.length > 1;
    return span.events.map((ev, i) => ({
      title: many ? `Event ${i + 1} of ${span.events.length} (${ev.source} / ${ev.detailType})` : null,
      lines: ev.rules.map((r) => ({
        key: many ? `${i}.${r.rule}` : r.rule,
        matched: r.matched,
        subject: `rule ${r.rule}`,
        targets: r.targets.map(label),
        reasons: r.failures.map(failureText),
        skipped: r.skipped,
      })),
    }));
  }
  if (span.type === 'topic.publish') {
    return [
      {
        title: null,
        lines: span.subscriptions.map((s, i) => ({
          key: String(i),
          matched: s.matched,
          subject: `subscription ${label(s.targetNodeId)} (${s.protocol})`,
          targets: [],
          reasons: s.failures.map(failureText),
          skipped: s.skipped,
        })),
      },
    ];
  }
  return [];
}
