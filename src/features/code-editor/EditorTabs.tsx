import { useShallow } from 'zustand/react/shallow';
import { useStore, type StoreState } from '../../store';
import { selectCloseCodeTab, selectCodeDrafts, selectCodeTabs, selectOpenCodeEditor } from './selectors';

const selectTabLabels = (s: StoreState) =>
  s.codeTabs.map((id) => s.doc.nodes.find((n) => n.id === id)?.label ?? id);

/** The functions opened in this session, like an editor's tabs; a dot marks unsaved edits. */
export function EditorTabs({ activeId }: { activeId: string }) {
  const tabs = useStore(selectCodeTabs);
  const drafts = useStore(selectCodeDrafts);
  const closeTab = useStore(selectCloseCodeTab);
  const open = useStore(selectOpenCodeEditor);
  const labels = useStore(useShallow(selectTabLabels));
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
