import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { paletteGroups } from './paletteGroups';
import { PaletteItem } from './PaletteItem';
import { usePaletteAdd } from './usePaletteAdd';
import './palette.css';

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** The node kinds by category, with a filter; drag onto the canvas or add by keyboard. */
export function Palette() {
  const [query, setQuery] = useState('');
  const groups = useMemo(() => paletteGroups(query), [query]);
  const add = usePaletteAdd();
  const list = useRef<HTMLDivElement>(null);

  const onItemKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const move = MOVES[e.key];
    if (!move || !list.current) return;
    const items = [...list.current.querySelectorAll<HTMLButtonElement>('.pl-item')];
    const i = items.indexOf(e.currentTarget);
    e.preventDefault();
    items[move(i, items.length)]?.focus();
  };

  return (
    <nav className="pl" aria-label="Node kinds" data-testid="palette" data-canvas-keys>
      <input
        className="pl-search"
        type="search"
        placeholder="Filter kinds…"
        aria-label="Filter node kinds"
        data-testid="palette.search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown') return;
          e.preventDefault();
          list.current?.querySelector<HTMLButtonElement>('.pl-item')?.focus();
        }}
      />
      <div ref={list} className="pl-groups">
        {groups.map((g) => (
          <section key={g.category} className="pl-group" aria-label={g.title}>
            <h2 className="pl-group-title">{g.title}</h2>
            {g.items.map((info) => (
              <PaletteItem key={info.kind} info={info} onAdd={(i) => add(i.kind)} onKeyDown={onItemKey} />
            ))}
          </section>
        ))}
        {groups.length === 0 && <p className="pl-none">No kind matches “{query}”.</p>}
      </div>
      <p className="pl-hint">Drag onto the canvas, or focus one and press Enter.</p>
    </nav>
  );
}
