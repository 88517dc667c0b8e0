import { useRef } from 'react';
import { DOCK_HEIGHT, useStore } from '../store';

/** The dock's top edge: drag it (or focus it and press ↑/↓) to change the dock's height; double-click resets it. */
export function DockResizer() {
  const drag = useRef<{ y: number; height: number } | null>(null);
  const height = useStore((s) => s.dockHeight);
  const setHeight = useStore((s) => s.setDockHeight);
  return (
    <div
      className="dock-resizer"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize the dock"
      aria-valuemin={DOCK_HEIGHT.min}
      aria-valuemax={DOCK_HEIGHT.max}
      aria-valuenow={height}
      tabIndex={0}
      data-testid="dock.resize"
      title="Drag to resize; double-click for the default height"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { y: e.clientY, height };
      }}
      onPointerMove={(e) => {
        if (!drag.current) return;
        // Leave the canvas at least 160 px: the dock never swallows the whole window.
        const room = window.innerHeight - 48 - 160;
        setHeight(Math.min(room, drag.current.height + drag.current.y - e.clientY));
      }}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
      onDoubleClick={() => setHeight(DOCK_HEIGHT.default)}
      onKeyDown={(e) => {
        if (e.key === 'ArrowUp') setHeight(height + 20);
        else if (e.key === 'ArrowDown') setHeight(height - 20);
        else return;
        e.preventDefault();
      }}
    />
  );
}
