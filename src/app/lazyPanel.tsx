import { lazy, Suspense, type ComponentType } from 'react';

/** A dock panel whose code loads the first time it is shown, with a quiet line while it does. */
export function lazyPanel(load: () => Promise<ComponentType>): ComponentType {
  const Lazy = lazy(() => load().then((Panel) => ({ default: Panel })));
  return function LazyPanel() {
    return (
      <Suspense fallback={<div className="dock-loading">Loading…</div>}>
        <Lazy />
      </Suspense>
    );
  };
}
