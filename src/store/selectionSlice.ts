import type { StateCreator } from 'zustand';
import type { StoreState } from './index';

export interface Selection {
  nodeIds: string[];
  edgeIds: string[];
  noteIds: string[];
}

export const EMPTY_SELECTION: Selection = { nodeIds: [], edgeIds: [], noteIds: [] };

export interface SelectionSlice {
  selection: Selection;
  select: (selection: Partial<Selection>) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: StateCreator<StoreState, [], [], SelectionSlice> = (set) => ({
  selection: EMPTY_SELECTION,
  select: (s) => set({ selection: { ...EMPTY_SELECTION, ...s } }),
  clearSelection: () => set({ selection: EMPTY_SELECTION }),
});
