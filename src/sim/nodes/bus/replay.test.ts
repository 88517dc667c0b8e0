import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../core/random';
import type { BusEvent } from '../../events/eventbridge';
import { replayOrder, type ArchivedEvent } from './replay';

const ev = (n: number, at: number): ArchivedEvent => ({ event: { id: `e${n}` } as BusEvent, ingestedAt: at });

describe('replay order', () => {
  const archive = Array.from({ length: 30 }, (_, i) => ev(i, i * 6_000)); // 10 per minute, for 3 minutes
  const replay = { name: 'r', atSeconds: 600, eventStartSeconds: 0, eventEndSeconds: 180, rules: null };

  it('goes minute by minute, each minute in no particular order', () => {
    const out = replayOrder(archive, replay, 600_000, 0, new RandomStream(3)).map((a) =>
      Number(a.event.id.slice(1)),
    );
    expect(out).toHaveLength(30);
    for (let c = 0; c < 3; c++)
      expect(out.slice(c * 10, c * 10 + 10).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 10 }, (_, i) => c * 10 + i),
      );
    expect(out).not.toEqual([...out].sort((a, b) => a - b));
  });

  it('keeps to the window, to what is archived by now, and to retention', () => {
    expect(
      replayOrder(
        archive,
        { ...replay, eventStartSeconds: 60, eventEndSeconds: 120 },
        600_000,
        0,
        new RandomStream(1),
      ),
    ).toHaveLength(10);
    expect(replayOrder(archive, replay, 60_000, 0, new RandomStream(1))).toHaveLength(11);
    expect(replayOrder(archive, replay, 86_400_000 + 90_000, 1, new RandomStream(1))).toHaveLength(15);
  });
});
