import { useEffect, useSyncExternalStore } from 'react';
import { useStore } from '../../store';
import { activeTour } from './activeTour';
import { TOUR_STEPS } from './steps';
import { TourOverlay } from './TourOverlay';
import { shouldStartTour } from './tourStorage';
import './tour.css';

// Without a first flow (the examples failed to load) the tour still starts, a little later.
const START_FALLBACK_MS = 2000;

/** Starts the tour on a first visit, once the first flow is on the canvas. */
function useFirstVisitStart(): void {
  useEffect(() => {
    const automated = typeof navigator !== 'undefined' && navigator.webdriver === true;
    if (!shouldStartTour(activeTour.isDone(), automated, window.location.search)) return;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      activeTour.start();
    };
    if (useStore.getState().docEpoch > 0) {
      start();
      return;
    }
    const off = useStore.subscribe((s) => {
      if (s.docEpoch > 0) start();
    });
    const timer = setTimeout(start, START_FALLBACK_MS);
    return () => {
      off();
      clearTimeout(timer);
    };
  }, []);
}

/** The guided tour: shown on a first visit and from the ? button. */
export function Tour() {
  const state = useSyncExternalStore(activeTour.subscribe, activeTour.getState);
  useFirstVisitStart();
  const step = TOUR_STEPS[state.step];
  if (!state.open || !step) return null;
  return <TourOverlay step={step} index={state.step} count={TOUR_STEPS.length} />;
}
