import type { Replay } from '../../../model';
import type { RandomStream } from '../../core/random';
import type { BusEvent } from '../../events/eventbridge';

/** An event as the archive keeps it. */
export interface ArchivedEvent {
  event: BusEvent;
  ingestedAt: number;
}

const CHUNK_MS = 60_000;

/**
 * The events a replay sends, in the order it sends them: those archived by now whose time
 * falls in the replay's window and within retention, taken in 1-minute chunks of event time,
 * each chunk in no particular order (EventBridge does not keep the original order).
 */
export function replayOrder(
  archive: readonly ArchivedEvent[],
  r: Replay,
  now: number,
  retentionDays: number,
  random: RandomStream,
): ArchivedEvent[] {
  const from = r.eventStartSeconds * 1000;
  const to = r.eventEndSeconds * 1000;
  const oldest = retentionDays > 0 ? now - retentionDays * 86_400_000 : -Infinity;
  const chunks = new Map<number, ArchivedEvent[]>();
  for (const a of archive) {
    if (a.ingestedAt < from || a.ingestedAt >= to || a.ingestedAt > now || a.ingestedAt < oldest) continue;
    const k = Math.floor(a.ingestedAt / CHUNK_MS);
    let list = chunks.get(k);
    if (!list) chunks.set(k, (list = []));
    list.push(a);
  }
  const out: ArchivedEvent[] = [];
  for (const k of [...chunks.keys()].sort((a, b) => a - b)) {
    const list = chunks.get(k)!;
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    out.push(...list);
  }
  return out;
}
