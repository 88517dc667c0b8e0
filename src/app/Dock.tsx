import type { ReactNode } from 'react';
import { useStore, type DockTab, type StoreState } from '../store';
import { DockResizer } from './DockResizer';

interface DockProps {
  tabs: Array<{ id: DockTab; label: ReactNode; panel: ReactNode }>;
}

const selectDockTab = (s: StoreState) => s.dockTab;
const selectDockOpen = (s: StoreState) => s.dockOpen;
const selectDockHeight = (s: StoreState) => s.dockHeight;
const selectSetDockTab = (s: StoreState) => s.setDockTab;
const selectSetDockOpen = (s: StoreState) => s.setDockOpen;

/** The bottom dock: one tab per run/diagnostics panel; collapsible and resizable. */
export function Dock({ tabs }: DockProps) {
  const dockTab = useStore(selectDockTab);
  const dockOpen = useStore(selectDockOpen);
  const dockHeight = useStore(selectDockHeight);
  const setDockTab = useStore(selectSetDockTab);
  const setDockOpen = useStore(selectSetDockOpen);
  const active = tabs.find((t) => t.id === dockTab) ?? tabs[0];
  return (
    <section
      className={`app-dock ${dockOpen ? '' : 'is-collapsed'}`}
      aria-label="Dock"
      data-testid="dock"
      style={dockOpen ? { height: dockHeight } : undefined}
    >
      {dockOpen && <DockResizer />}
      <div className="dock-tabs" role="tablist">
        {tabs.map((t) => (
          <button
            key={t.id}
            role="tab"
            aria-selected={t.id === active?.id}
            className="dock-tab"
            data-testid={`dock.tab.${t.id}`}
            onClick={() => (t.id === active?.id && dockOpen ? setDockOpen(false) : setDockTab(t.id))}
          >
            {t.label}
          </button>
        ))}
        <button
          className="dock-toggle"
          aria-label={dockOpen ? 'Collapse dock' : 'Expand dock'}
          title={dockOpen ? 'Collapse dock' : 'Expand dock'}
          onClick={() => setDockOpen(!dockOpen)}
        >
          {dockOpen ? '▾' : '▴'}
        </button>
      </div>
      {dockOpen && (
        <div className="dock-body" role="tabpanel">
          {active?.panel}
        </div>
      )}
    </section>
  );
}
