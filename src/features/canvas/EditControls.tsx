import { useReactFlow } from '@xyflow/react';
import { selectCanRedo, selectCanUndo, useStore, type StoreState } from '../../store';
import { EDIT_ICONS } from './editIcons';
import { shortcutHint } from './keys';
import { useAutoLayout } from './useAutoLayout';
import { useEditActions } from './useEditActions';
import { FIT_OPTIONS } from './useViewportFocus';

const selectHasNodes = (s: StoreState) => s.doc.nodes.length > 0;
const selectHasContent = (s: StoreState) => s.doc.nodes.length > 0 || s.doc.notes.length > 0;

/** Undo, redo, auto-layout, zoom to fit and add note, for the top bar. */
export function EditControls() {
  const canUndo = useStore(selectCanUndo);
  const canRedo = useStore(selectCanRedo);
  const hasNodes = useStore(selectHasNodes);
  const hasContent = useStore(selectHasContent);
  const undo = useStore((s) => s.undo);
  const redo = useStore((s) => s.redo);
  const rf = useReactFlow();
  const { layout, busy } = useAutoLayout();
  const { addNote } = useEditActions();

  const buttons = [
    { id: 'undo', label: 'Undo', keys: 'Ctrl+Z', onClick: undo, enabled: canUndo },
    { id: 'redo', label: 'Redo', keys: 'Ctrl+Shift+Z', onClick: redo, enabled: canRedo },
    {
      id: 'layout',
      label: busy ? 'Laying out…' : 'Auto-layout',
      keys: null,
      onClick: () => void layout(),
      enabled: hasNodes && !busy,
    },
    {
      id: 'fit',
      label: 'Zoom to fit',
      keys: null,
      onClick: () => void rf.fitView({ ...FIT_OPTIONS, duration: 250 }),
      enabled: hasContent,
    },
    { id: 'note', label: 'Add note', keys: null, onClick: addNote, enabled: true },
  ] as const;

  return (
    <div className="fc-edit" role="toolbar" aria-label="Edit" data-canvas-keys>
      {buttons.map((b) => {
        const tip = b.keys ? `${b.label} (${shortcutHint(b.keys)})` : b.label;
        return (
          <button
            key={b.id}
            type="button"
            className="fc-edit-button"
            data-testid={`edit.${b.id}`}
            aria-label={tip}
            title={tip}
            disabled={!b.enabled}
            onClick={b.onClick}
          >
            {EDIT_ICONS[b.id]}
          </button>
        );
      })}
    </div>
  );
}
