import type { PointerEvent } from 'react';
import { useStore } from '../../store';
import { selectSetEditorWidth } from './selectors';

const MIN = 420;

/** The drawer's left edge: drag to resize (the canvas stays visible beside it). */
export function ResizeHandle() {
  const setWidth = useStore(selectSetEditorWidth);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const panel = e.currentTarget.parentElement;
    const host = panel?.parentElement;
    if (!panel || !host) return;
    e.preventDefault();
    const right = host.getBoundingClientRect().right;
    const max = host.getBoundingClientRect().width - 40;
    const move = (ev: globalThis.PointerEvent) =>
      setWidth(Math.round(Math.max(MIN, Math.min(max, right - ev.clientX))));
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
  return (
    <div
      className="ce-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the code editor"
      onPointerDown={onPointerDown}
    />
  );
}
