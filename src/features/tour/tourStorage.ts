/** Set once the tour is finished or skipped: it never starts by itself again. */
export const TOUR_DONE_KEY = 'eventflow.tour.done';

export type TourStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** localStorage, or null where the browser refuses it (some private modes, storage disabled). */
export function browserStorage(): TourStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function isTourDone(storage: TourStorage | null): boolean {
  try {
    return storage?.getItem(TOUR_DONE_KEY) === '1';
  } catch {
    return false;
  }
}

export function markTourDone(storage: TourStorage | null): void {
  try {
    storage?.setItem(TOUR_DONE_KEY, '1');
  } catch {
    // Storage full or refused: the tour is not shown again in this page, which is all we can do.
  }
}

/** `?tour=1` in the address: the tour starts on a first visit even in an automated browser. */
export const tourForced = (search: string): boolean => new URLSearchParams(search).get('tour') === '1';

/**
 * Whether the tour starts by itself: on a first visit only. Browsers driven by tests
 * (`navigator.webdriver`) skip it so the app's other end-to-end tests see the page as it is,
 * unless the address asks for it.
 */
export function shouldStartTour(done: boolean, automated: boolean, search: string): boolean {
  return !done && (!automated || tourForced(search));
}
