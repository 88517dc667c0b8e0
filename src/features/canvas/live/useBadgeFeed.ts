import { useEffect } from 'react';
import { isActive, runSession, type LiveRun } from '../../../runtime/run';
import { onFrame } from '../../../runtime/run/frames';
import { BadgeFeed } from './badgeFeed';
import { badgeSignal, toneSignal } from './signals';

/** Badges change at most 4 times a second: readable, and the text of all cards changes in one go. */
const BADGE_EVERY_MS = 250;
/**
 * Past this many cards, twice a second: new text on every card costs the browser a layout
 * and repaint of the whole canvas (measured with 200 cards: most of a frame without a GPU).
 */
const MANY_CARDS = 60;

/**
 * One frame reader for every card: computes all badges at most 4 times a second and tells
 * only the cards whose text or tone changed. No run (a new document, a reset): no badges.
 */
export function useBadgeFeed(live: LiveRun | null): void {
  useEffect(() => {
    if (!live) {
      toneSignal.publish(() => null);
      badgeSignal.publish(() => null);
      return;
    }
    const feed = new BadgeFeed(live);
    let last = -Infinity;
    let every = BADGE_EVERY_MS;
    return onFrame((frameMs) => {
      if (frameMs - last < every) return;
      const active = isActive(runSession.getState());
      if (!feed.due(active)) return;
      last = frameMs;
      const views = feed.update(frameMs, active);
      every = views.size > MANY_CARDS ? BADGE_EVERY_MS * 2 : BADGE_EVERY_MS;
      toneSignal.publish((id) => views.get(id)?.tone ?? null);
      badgeSignal.publish((id) => views.get(id) ?? null);
    });
  }, [live]);
}
