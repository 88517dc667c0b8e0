import { isTourDone, markTourDone, type TourStorage } from './tourStorage';

export interface TourState {
  open: boolean;
  /** 0-based index of the step shown. */
  step: number;
}

export interface TourController {
  getState(): TourState;
  subscribe(listener: () => void): () => void;
  /** Opens the tour at its first step (the ? button; a first visit). */
  start(): void;
  /** The next step; past the last one the tour is finished. */
  next(): void;
  back(): void;
  /** Skipped or finished: closes, and the tour never starts by itself again. */
  finish(): void;
  /** Whether it was finished or skipped before, in this page or an earlier visit. */
  isDone(): boolean;
}

/** The tour's state, outside React so the ? button and the overlay share it without the app store. */
export function createTourController(stepCount: number, storage: TourStorage | null): TourController {
  let state: TourState = { open: false, step: 0 };
  let doneHere = false;
  const listeners = new Set<() => void>();
  const set = (next: TourState) => {
    if (next.open === state.open && next.step === state.step) return;
    state = next;
    listeners.forEach((l) => l());
  };
  const finish = () => {
    doneHere = true;
    markTourDone(storage);
    set({ open: false, step: 0 });
  };
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    start: () => set({ open: stepCount > 0, step: 0 }),
    next() {
      if (!state.open) return;
      if (state.step >= stepCount - 1) finish();
      else set({ open: true, step: state.step + 1 });
    },
    back() {
      if (state.open && state.step > 0) set({ open: true, step: state.step - 1 });
    },
    finish,
    isDone: () => doneHere || isTourDone(storage),
  };
}
