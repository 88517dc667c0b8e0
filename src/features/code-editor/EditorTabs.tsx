import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store';
import { useDrafts } from './draftStore';

/** The functions opened in this session, like an editor's tabs; a dot marks unsaved edits. */
export function EditorTabs({ activeId }: { activeId: string }) {
  const tabs = useDrafts((s) => s.tabs);
  const drafts = useDrafts((s) => s.drafts);
  const closeTab = useDrafts((s) => s.closeTab);
  const open = useStore((s) => s.openCodeEditor);
  const labels = useStore(
    useShallow((s) => tabs.map((id) => s.doc.nodes.find((n) => n.id === id)?.label ?? id)),
  );
  const close = (id: string) => {
    const rest = tabs.filter((t) => t !== id);
    closeTab(id);
    if (id === activeId) open(rest[rest.length - 1] ?? null);
  };
  return (
    <div className="ce-tabs" role="tablist">
      {tabs.map((id, i) => (
        <div key={id} className={`ce-tab${id === activeId ? ' is-active' : ''}`} role="presentation">
          <button
            type="button"
            role="tab"
            aria-selected={id === activeId}
            data-testid={`code.tab.${id}`}
            onClick={() => open(id)}
          >
            {labels[i]}
            {id in drafts ? (
              <span
                className="ce-dot"
                data-testid={`code.dirty.${id}`}
                title="Unsaved changes"
                aria-label="unsaved changes"
              >
                ●
              </span>
            ) : null}
          </button>
          <button
            type="button"
            className="ce-tab-close"
            aria-label={`Close ${labels[i]}`}
            onClick={() => close(id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
