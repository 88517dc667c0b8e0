import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { focusableIndexes, stepFocus, type MenuEntry } from './menuTypes';

interface MenuListProps {
  entries: MenuEntry[];
  label: string;
  /** Close the whole menu (an item was chosen, Escape at the top, Tab). */
  onClose: () => void;
  /** Leave this submenu and go back to its parent item (ArrowLeft, Escape). */
  onBack?: () => void;
  emptyText?: string;
  className?: string;
}

/** A list of menu entries with roving focus (WAI-ARIA menu pattern); submenus nest. */
export function MenuList({ entries, label, onClose, onBack, emptyText, className }: MenuListProps) {
  const [chosen, setActive] = useState(-1);
  // Until a key or the pointer picks an entry, the first one is active, also when the
  // entries arrive after the list opened (loaded asynchronously).
  const active = chosen !== -1 ? chosen : (focusableIndexes(entries)[0] ?? -1);
  const [openSub, setOpenSub] = useState<string | null>(null);
  const refs = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(() => {
    if (openSub === null) refs.current[active]?.focus();
  }, [active, openSub]);

  const move = (i: number) => {
    setOpenSub(null);
    setActive(i);
  };

  const activate = (i: number) => {
    const e = entries[i];
    if (!e || e.type === 'separator') return;
    if (e.type === 'submenu') {
      setActive(i);
      setOpenSub(e.id);
      return;
    }
    if (e.disabled) return;
    onClose();
    e.onSelect();
  };

  const onKeyDown = (ev: KeyboardEvent) => {
    const current = entries[active];
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(stepFocus(entries, active, 1)),
      ArrowUp: () => move(stepFocus(entries, active, -1)),
      Home: () => move(focusableIndexes(entries)[0] ?? -1),
      End: () => move(focusableIndexes(entries).at(-1) ?? -1),
      ArrowRight: () => current?.type === 'submenu' && setOpenSub(current.id),
      ArrowLeft: () => onBack?.(),
      Escape: () => (onBack ? onBack() : onClose()),
      Enter: () => activate(active),
      ' ': () => activate(active),
      Tab: () => onClose(),
    };
    const handler = keys[ev.key];
    if (!handler) return;
    // The submenu's own list handles keys while it is open.
    ev.stopPropagation();
    if (ev.key !== 'Tab') ev.preventDefault();
    handler();
  };

  return (
    <div role="menu" aria-label={label} className={`menu ${className ?? ''}`} onKeyDown={onKeyDown}>
      {entries.length === 0 && <div className="menu-empty">{emptyText ?? 'Nothing here'}</div>}
      {entries.map((e, i) => {
        if (e.type === 'separator') return <div key={e.id} role="separator" className="menu-separator" />;
        const isSub = e.type === 'submenu';
        const subOpen = isSub && openSub === e.id;
        return (
          <div
            key={e.id}
            className="menu-entry"
            onMouseEnter={() => {
              setActive(i);
              setOpenSub(isSub ? e.id : null);
            }}
          >
            <button
              ref={(el) => {
                refs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              className="menu-item"
              data-testid={e.testId}
              aria-disabled={e.type === 'item' && e.disabled ? true : undefined}
              aria-haspopup={isSub ? 'menu' : undefined}
              aria-expanded={isSub ? subOpen : undefined}
              onClick={() => activate(i)}
            >
              <span className="menu-label">{e.label}</span>
              {e.type === 'item' && e.hint && <span className="menu-hint">{e.hint}</span>}
              {isSub && (
                <span className="menu-hint" aria-hidden>
                  ▸
                </span>
              )}
            </button>
            {subOpen && (
              <MenuList
                entries={e.entries}
                label={typeof e.label === 'string' ? e.label : e.id}
                emptyText={e.emptyText}
                className="menu-sub"
                onClose={onClose}
                onBack={() => {
                  setOpenSub(null);
                  refs.current[i]?.focus();
                }}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
