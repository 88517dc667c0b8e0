import type { SpanStats } from '../../sim';
import { plural } from './format';

/**
 * What the list is missing, in words: spans the panel's ring pushed out, and (after the run)
 * spans the run's sampling left out. Null when nothing is missing.
 */
export function lossNote(
  droppedFromRing: number,
  ringCapacity: number,
  stats: SpanStats | null,
): { text: string; title: string | null } | null {
  const parts: string[] = [];
  if (droppedFromRing > 0)
    parts.push(
      `oldest ${plural(droppedFromRing, 'span')} dropped (the panel keeps the last ${ringCapacity.toLocaleString('en-US')})`,
    );
  if (stats && stats.sampledOut > 0)
    parts.push(
      `${plural(stats.sampledOut, 'span')} sampled out (${Math.round(stats.sampleRate * 100)}% of traces kept)`,
    );
  if (parts.length === 0) return null;
  const text = parts.join('; ');
  return {
    text: text[0]!.toUpperCase() + text.slice(1),
    title: stats
      ? `The run recorded ${stats.seen.toLocaleString('en-US')} spans and kept ${stats.kept.toLocaleString('en-US')} ` +
        `(${stats.evicted.toLocaleString('en-US')} evicted from its store, ${stats.sampledOut.toLocaleString('en-US')} sampled out).`
      : null,
  };
}
