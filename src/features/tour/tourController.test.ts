import { describe, expect, it } from 'vitest';
import { createTourController } from './tourController';
import { TOUR_DONE_KEY, type TourStorage } from './tourStorage';

const memory = (): TourStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

describe('the tour controller', () => {
  it('steps forward and back within the steps, and finishes after the last', () => {
    const storage = memory();
    const tour = createTourController(3, storage);
    tour.start();
    expect(tour.getState()).toEqual({ open: true, step: 0 });
    tour.back();
    expect(tour.getState().step).toBe(0);
    tour.next();
    tour.next();
    expect(tour.getState()).toEqual({ open: true, step: 2 });
    tour.back();
    expect(tour.getState().step).toBe(1);
    tour.next();
    expect(tour.isDone()).toBe(false);
    tour.next();
    expect(tour.getState()).toEqual({ open: false, step: 0 });
    expect(tour.isDone()).toBe(true);
    expect(storage.data.get(TOUR_DONE_KEY)).toBe('1');
  });

  it('remembers a skip, so a new page does not start it again; the ? button still can', () => {
    const storage = memory();
    const first = createTourController(6, storage);
    first.start();
    first.next();
    first.finish();
    const later = createTourController(6, storage);
    expect(later.isDone()).toBe(true);
    later.start();
    expect(later.getState()).toEqual({ open: true, step: 0 });
  });

  it('tells its listeners about each change, and only about changes', () => {
    const tour = createTourController(2, memory());
    let calls = 0;
    const off = tour.subscribe(() => calls++);
    tour.next(); // closed: nothing happens
    tour.start();
    tour.start();
    tour.next();
    off();
    tour.back();
    expect(calls).toBe(2);
  });

  it('works without storage (private mode): done for this page only', () => {
    const refusing: TourStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const tour = createTourController(2, refusing);
    expect(tour.isDone()).toBe(false);
    tour.start();
    tour.finish();
    expect(tour.isDone()).toBe(true);
    expect(createTourController(2, null).isDone()).toBe(false);
  });
});
