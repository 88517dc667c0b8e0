import { memo, useState } from 'react';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { useStore } from '../../store';
import type { Note } from '../../model';
import type { NoteRfNode } from './rfMapping';

const COLORS: Note['color'][] = ['yellow', 'blue', 'green', 'pink', 'grey'];

/** A sticky note: text for the audience, edited on double click, coloured and resizable. */
function NoteNodeView({ data, selected }: NodeProps<NoteRfNode>) {
  const { note } = data;
  const change = useStore((s) => s.change);
  // A note made empty (just added) opens for writing straight away.
  const [editing, setEditing] = useState(note.text === '' && selected);
  const [draft, setDraft] = useState(note.text);

  const finish = (save: boolean) => {
    setEditing(false);
    if (save && draft !== note.text) change({ type: 'updateNote', id: note.id, patch: { text: draft } });
    else setDraft(note.text);
  };

  return (
    <div
      className={`fc-note fc-note-${note.color}${selected ? ' is-selected' : ''}`}
      data-testid={`canvas.note.${note.id}`}
      onDoubleClick={() => {
        setDraft(note.text);
        setEditing(true);
      }}
    >
      <NodeResizer
        isVisible={selected}
        minWidth={80}
        minHeight={40}
        lineClassName="fc-note-resize"
        handleClassName="fc-note-handle"
      />
      {editing ? (
        <textarea
          className="fc-note-edit nodrag nowheel nokey"
          aria-label="Note text"
          data-testid={`canvas.note.${note.id}.text`}
          autoFocus
          value={draft}
          maxLength={10_000}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => finish(true)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') finish(false);
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) finish(true);
          }}
        />
      ) : (
        <div className={`fc-note-text${note.text ? '' : ' is-empty'}`}>
          {note.text || 'Double-click to write a note'}
        </div>
      )}
      {selected && !editing && (
        <div className="fc-note-colors nodrag" role="group" aria-label="Note colour">
          {COLORS.map((c) => (
            <button
              key={c}
              type="button"
              className={`fc-note-swatch fc-note-${c}${c === note.color ? ' is-current' : ''}`}
              aria-label={`${c} note`}
              title={c}
              onClick={() => change({ type: 'updateNote', id: note.id, patch: { color: c } })}
            />
          ))}
        </div>
      )}
    </div>
  );
}

export const NoteNode = memo(NoteNodeView);
