import type { StateCreator } from 'zustand';
import type { StoreState } from './index';

export type DockTab = 'problems' | 'summary' | 'traces' | 'logs' | 'metrics';

/** A short message for the person: shown as a toast, never as a blocking dialog. */
export interface Notice {
  id: number;
  tone: 'info' | 'success' | 'error';
  title: string;
  /** Extra lines, e.g. every problem of a file that failed to load. */
  details?: string[];
}

/** A trace picked in the Traces panel (or from a log line): its path lights up on the canvas. */
export interface TraceFocus {
  traceId: number;
  /** The span whose details are open (null: the trace's first span). */
  spanId: number | null;
  /** Bumped on each request, so panels scroll to it again. */
  seq: number;
}

export const DOCK_HEIGHT = { min: 120, default: 260, max: 720 } as const;
const DOCK_HEIGHT_KEY = 'eventflow.dockHeight';

const clampDock = (px: number) => Math.round(Math.min(DOCK_HEIGHT.max, Math.max(DOCK_HEIGHT.min, px)));

/** The dock height this browser last used (a preference, not part of the flow). */
function savedDockHeight(): number {
  try {
    const v = Number(globalThis.localStorage?.getItem(DOCK_HEIGHT_KEY));
    return v > 0 ? clampDock(v) : DOCK_HEIGHT.default;
  } catch {
    return DOCK_HEIGHT.default;
  }
}

export interface UiSlice {
  dockTab: DockTab;
  dockOpen: boolean;
  /** Height of the open dock in px (the person drags its top edge). */
  dockHeight: number;
  traceFocus: TraceFocus | null;
  /** The example gallery dialog is open. */
  galleryOpen: boolean;
  /** Presenter mode: larger type, the dock hidden until asked for, a calmer speed. */
  presenter: boolean;
  /** A view-only page (a shared link's option, for slides and docs): the flow runs but cannot be edited. */
  readOnly: boolean;
  /** The trace the canvas camera follows (presenter's "follow this event"); null: the camera stays. */
  followTraceId: number | null;
  notices: Notice[];
  /** A request for the canvas to frame something (zoom to fit, reveal a node). */
  focusRequest: { nodeId: string | null; seq: number };
  /** The function whose handler code is open in the code editor (null: closed). */
  codeEditorNodeId: string | null;
  /** Where the code editor should put its cursor (a stack frame clicked in a span or a log). */
  codeEditorReveal: { line: number; column: number; seq: number } | null;
  setDockTab: (tab: DockTab) => void;
  setDockOpen: (open: boolean) => void;
  setDockHeight: (px: number) => void;
  setGalleryOpen: (open: boolean) => void;
  setPresenter: (on: boolean) => void;
  setReadOnly: (on: boolean) => void;
  setFollowTrace: (traceId: number | null) => void;
  /** Picks a trace (and span) and shows it in the Traces tab; null clears it. */
  focusTrace: (focus: { traceId: number; spanId?: number | null } | null, show?: boolean) => void;
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismissNotice: (id: number) => void;
  requestFocus: (nodeId: string | null) => void;
  /** Opens a function's code (null closes the editor), optionally at a 1-based line/column. */
  openCodeEditor: (nodeId: string | null, at?: { line: number; column?: number }) => void;
}

let noticeSeq = 0;

export const createUiSlice: StateCreator<StoreState, [], [], UiSlice> = (set) => ({
  dockTab: 'problems',
  dockOpen: true,
  dockHeight: savedDockHeight(),
  traceFocus: null,
  galleryOpen: false,
  presenter: false,
  readOnly: false,
  followTraceId: null,
  notices: [],
  focusRequest: { nodeId: null, seq: 0 },
  codeEditorNodeId: null,
  codeEditorReveal: null,
  setDockTab: (dockTab) => set({ dockTab, dockOpen: true }),
  setDockOpen: (dockOpen) => set({ dockOpen }),
  setGalleryOpen: (galleryOpen) => set({ galleryOpen }),
  // Entering presenter mode hides the dock (the person opens it when the room needs it).
  setPresenter: (presenter) => set(presenter ? { presenter, dockOpen: false } : { presenter }),
  setReadOnly: (readOnly) => set({ readOnly }),
  setFollowTrace: (followTraceId) => set({ followTraceId }),
  setDockHeight: (px) => {
    const dockHeight = clampDock(px);
    set({ dockHeight });
    try {
      globalThis.localStorage?.setItem(DOCK_HEIGHT_KEY, String(dockHeight));
    } catch {
      // Private mode or full storage: the height is simply not remembered.
    }
  },
  focusTrace: (f, show = false) =>
    set((s) => ({
      traceFocus: f
        ? { traceId: f.traceId, spanId: f.spanId ?? null, seq: (s.traceFocus?.seq ?? 0) + 1 }
        : null,
      ...(show ? { dockTab: 'traces' as const, dockOpen: true } : {}),
    })),
  notify: (n) => set((s) => ({ notices: [...s.notices.slice(-4), { ...n, id: ++noticeSeq }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  requestFocus: (nodeId) => set((s) => ({ focusRequest: { nodeId, seq: s.focusRequest.seq + 1 } })),
  openCodeEditor: (codeEditorNodeId, at) =>
    set((s) => ({
      codeEditorNodeId,
      codeEditorReveal: at
        ? { line: at.line, column: at.column ?? 1, seq: (s.codeEditorReveal?.seq ?? 0) + 1 }
        : s.codeEditorReveal,
    })),
});
