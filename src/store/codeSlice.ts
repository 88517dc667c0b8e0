import type { StateCreator } from 'zustand';
import type { StoreState } from './index';

/** A diagnostic of a function's handler code (1-based line and column, as editors show them). */
export interface CodeMarker {
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning' | 'info';
}

/**
 * Diagnostics the code editor's TypeScript service reports, by function node id, so the
 * Problems panel can list them. Only functions opened in the editor have entries.
 */
export interface CodeSlice {
  codeMarkers: Record<string, CodeMarker[]>;
  setCodeMarkers: (nodeId: string, markers: CodeMarker[]) => void;
}

export const createCodeSlice: StateCreator<StoreState, [], [], CodeSlice> = (set) => ({
  codeMarkers: {},
  setCodeMarkers: (nodeId, markers) =>
    set((s) => {
      const next = { ...s.codeMarkers };
      if (markers.length === 0) delete next[nodeId];
      else next[nodeId] = markers;
      return { codeMarkers: next };
    }),
});
