import type { DragEvent, KeyboardEvent } from 'react';
import type { KindInfo } from '../../model';
import { KindIcon } from '../../components/KindIcon';

/** The drag data type the canvas accepts (kept in step with features/canvas). */
export const KIND_MIME = 'application/x-eventflow-kind';

interface PaletteItemProps {
  info: KindInfo;
  onAdd: (info: KindInfo) => void;
  onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => void;
}

/** One kind in the palette: drag it onto the canvas, or press Enter/Space (or click) to add it. */
export function PaletteItem({ info, onAdd, onKeyDown }: PaletteItemProps) {
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(KIND_MIME, info.kind);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <button
      type="button"
      className={`pl-item pl-${info.category}`}
      data-testid={`palette.item.${info.kind}`}
      draggable
      onDragStart={onDragStart}
      onClick={() => onAdd(info)}
      onKeyDown={onKeyDown}
      title={`${info.summary}\nDrag onto the canvas, or press Enter to add it in the middle.`}
    >
      <span className="pl-icon">
        <KindIcon kind={info.kind} size={18} />
      </span>
      <span className="pl-text">
        <span className="pl-title">{info.title}</span>
        <span className="pl-service">{info.service}</span>
      </span>
    </button>
  );
}
