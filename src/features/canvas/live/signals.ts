import { useCallback, useSyncExternalStore } from 'react';
import { sameBadge, type BadgeView } from './badgeFeed';
import type { LiveTone } from './heat';
import { KeyedSignal } from './keyedSignal';

/** 'on': part of the focused trace's path; 'off': not (dimmed); null: no trace is focused. */
export type TraceLight = 'on' | 'off' | null;

/**
 * The canvas has one live layer: it publishes here, and each card and edge reads its own key.
 * A card follows only its tone (it changes seldom); the badge inside it follows the figures,
 * so a moving number re-renders a few lines of text, not the card with its handles.
 */
export const badgeSignal = new KeyedSignal<BadgeView | null>(null, sameBadge);
export const toneSignal = new KeyedSignal<LiveTone | null>(null);
export const nodeTraceSignal = new KeyedSignal<TraceLight>(null);
export const edgeTraceSignal = new KeyedSignal<TraceLight>(null);

function useKeyed<T>(signal: KeyedSignal<T>, key: string): T {
  const subscribe = useCallback((listener: () => void) => signal.subscribe(key, listener), [signal, key]);
  const get = useCallback(() => signal.get(key), [signal, key]);
  return useSyncExternalStore(subscribe, get, get);
}

/** A card's live tone and its badge (null when no run has figures for it). */
export const useNodeTone = (nodeId: string) => useKeyed(toneSignal, nodeId);
export const useNodeBadge = (nodeId: string) => useKeyed(badgeSignal, nodeId);
export const useNodeTrace = (nodeId: string) => useKeyed(nodeTraceSignal, nodeId);
export const useEdgeTrace = (edgeId: string) => useKeyed(edgeTraceSignal, edgeId);
