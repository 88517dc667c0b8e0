import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { isActive, runSession } from '../../../runtime/run';
import { useStore } from '../../../store';

const canFireNow = () => isActive(runSession.getState());

interface SourceEvent {
  label: string;
}

/**
 * Sends one of an event source's events now, while a run is running or paused: one button
 * for one event, a button and a short menu for several.
 */
export function FireButton({ nodeId, events }: { nodeId: string; events: readonly SourceEvent[] }) {
  const enabled = useSyncExternalStore(runSession.subscribe, canFireNow);
  const [open, setOpen] = useState<'down' | 'up' | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const menu = open !== null && enabled;

  useEffect(() => {
    if (!menu) return;
    // The keyboard goes on into the menu: Tab and Enter pick an event, Escape closes it.
    box.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus({ preventScroll: true });
    const away = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(null);
    };
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(null);
    };
    window.addEventListener('pointerdown', away, true);
    window.addEventListener('keydown', key);
    return () => {
      window.removeEventListener('pointerdown', away, true);
      window.removeEventListener('keydown', key);
    };
  }, [menu]);

  if (events.length === 0) return null;
  const fire = (index: number) => {
    setOpen(null);
    if (runSession.fire(nodeId, index)) return;
    useStore.getState().notify({
      tone: 'error',
      title: `"${events[index]?.label ?? 'The event'}" was not sent`,
      details: [
        'The run has ended, or the flow running now has no such event (it was edited after the run started).',
      ],
    });
  };
  const single = events.length === 1;
  const hint = !enabled
    ? 'Start a run to fire events'
    : single
      ? `Send "${events[0]!.label}" now`
      : 'Pick an event to send now';

  return (
    <div className="fc-live-fire nodrag nopan" ref={box} title={hint}>
      <button
        type="button"
        className="fc-live-fire-button"
        data-testid={`canvas.node.${nodeId}.fire`}
        disabled={!enabled}
        aria-haspopup={single ? undefined : 'menu'}
        aria-expanded={single ? undefined : menu}
        title={hint}
        onClick={(e) => {
          e.stopPropagation();
          if (single) fire(0);
          else setOpen((o) => (o ? null : menuSide(e.currentTarget, events.length)));
        }}
      >
        Fire{single ? '' : ' ▾'}
      </button>
      {menu && (
        <ul
          className={`fc-live-fire-menu nowheel is-${open}`}
          role="menu"
          data-testid={`canvas.node.${nodeId}.fire.menu`}
        >
          {events.map((ev, i) => (
            <li key={i} role="none">
              <button
                type="button"
                role="menuitem"
                data-testid={`canvas.node.${nodeId}.fire.${i}`}
                onClick={(e) => {
                  e.stopPropagation();
                  fire(i);
                }}
              >
                {ev.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Room the menu needs (rows of about 28 px, at most 240 px) and the strip the legend takes at the bottom. */
const menuHeight = (items: number) => Math.min(240, items * 28 + 10);
const LEGEND_STRIP = 48;

/** Below the button, unless the canvas ends first and there is room above. */
function menuSide(button: HTMLElement, items: number): 'down' | 'up' {
  const canvas = button.closest('.react-flow')?.getBoundingClientRect();
  if (!canvas) return 'down';
  const r = button.getBoundingClientRect();
  const need = menuHeight(items);
  return r.bottom + need > canvas.bottom - LEGEND_STRIP && r.top - need > canvas.top ? 'up' : 'down';
}
