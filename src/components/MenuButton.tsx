import { useEffect, useRef, useState, type ReactNode } from 'react';
import { MenuList } from './MenuList';
import type { MenuEntry } from './menuTypes';
import './Menu.css';

interface MenuButtonProps {
  label: ReactNode;
  /** Accessible name of the menu. */
  menuLabel: string;
  testId?: string;
  /** Built when the menu opens, so submenus show fresh content (recent files). */
  entries: () => MenuEntry[];
  onOpen?: () => void;
}

/** A top-bar button that opens a dropdown menu; Escape or a choice returns focus to it. */
export function MenuButton({ label, menuLabel, testId, entries, onOpen }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const toggle = () => {
    if (!open) onOpen?.();
    setOpen(!open);
  };

  return (
    <div className="menu-root" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="menu-button"
        data-testid={testId}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={toggle}
        onKeyDown={(e) => {
          if (!open && (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ')) {
            e.preventDefault();
            onOpen?.();
            setOpen(true);
          }
        }}
      >
        {label}
        <span className="menu-caret" aria-hidden>
          ▾
        </span>
      </button>
      {open && <MenuList entries={entries()} label={menuLabel} onClose={close} className="menu-drop" />}
    </div>
  );
}
