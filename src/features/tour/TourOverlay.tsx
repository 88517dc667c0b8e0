import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useStore } from '../../store';
import { activeTour } from './activeTour';
import { placePopover, ringRect, type Size } from './placement';
import type { TourStep } from './steps';
import { useTargetRect } from './useTargetRect';

interface TourOverlayProps {
  step: TourStep;
  index: number;
  count: number;
}

const FIRST_GUESS: Size = { width: 340, height: 170 };

/** Keys while the tour is open: Escape skips, arrows page, Tab stays inside the popover. */
function useTourKeys(popover: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') activeTour.finish();
      else if (e.key === 'ArrowRight') activeTour.next();
      else if (e.key === 'ArrowLeft') activeTour.back();
      else if (e.key === 'Tab') {
        const items = [...(popover.current?.querySelectorAll<HTMLElement>('button:not(:disabled)') ?? [])];
        if (items.length === 0) return;
        const at = items.indexOf(document.activeElement as HTMLElement);
        const next = e.shiftKey ? (at <= 0 ? items.length - 1 : at - 1) : (at + 1) % items.length;
        items[next]!.focus();
      } else return;
      e.preventDefault();
      e.stopPropagation();
    };
    // Capture: the editor's own shortcuts must not act behind the tour.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [popover]);
}

/** The dimmed page with a ring around the step's target, and the step's popover beside it. */
export function TourOverlay({ step, index, count }: TourOverlayProps) {
  const { rect, viewport } = useTargetRect(step.target);
  const popoverRef = useRef<HTMLDivElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const [size, setSize] = useState<Size>(FIRST_GUESS);
  const ring = rect ? ringRect(rect, viewport) : null;
  const at = placePopover(ring, size, viewport, step.sides);
  const last = index === count - 1;

  useLayoutEffect(() => {
    const el = popoverRef.current;
    if (!el) return;
    const measured = { width: el.offsetWidth, height: el.offsetHeight };
    setSize((prev) => (prev.width === measured.width && prev.height === measured.height ? prev : measured));
  }, [step]);

  useEffect(() => primaryRef.current?.focus(), [step]);

  // Focus goes back where it was (the ? button, or the page) when the tour closes.
  const [before] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  useEffect(() => () => before?.focus(), [before]);

  useTourKeys(popoverRef);

  const pickExample = () => {
    activeTour.finish();
    useStore.getState().setGalleryOpen(true);
  };

  return (
    <div className="tour" data-testid="tour">
      <div className={`tour-blocker${ring ? '' : ' is-dim'}`} />
      {ring && (
        <div
          className="tour-ring"
          data-testid="tour.ring"
          style={{ left: ring.x, top: ring.y, width: ring.width, height: ring.height }}
          aria-hidden
        />
      )}
      <div
        ref={popoverRef}
        className="tour-popover"
        data-testid="tour.popover"
        data-side={at.side}
        role="dialog"
        aria-modal="true"
        aria-labelledby="tour-title"
        aria-describedby="tour-body"
        style={{ left: at.x, top: at.y }}
      >
        <div className="tour-head">
          <h2 className="tour-title" id="tour-title">
            {step.title}
          </h2>
          <span className="tour-count" data-testid="tour.step" data-step={index + 1}>
            {index + 1} of {count}
          </span>
        </div>
        <p className="tour-body" id="tour-body">
          {step.body}
        </p>
        <div className="tour-actions">
          {!last && (
            <button type="button" className="tour-link" data-testid="tour.skip" onClick={activeTour.finish}>
              Skip tour
            </button>
          )}
          <span className="tour-spacer" />
          <button
            type="button"
            className="tour-button"
            data-testid="tour.back"
            disabled={index === 0}
            onClick={activeTour.back}
          >
            Back
          </button>
          <button
            ref={last ? undefined : primaryRef}
            type="button"
            className={`tour-button${last ? '' : ' is-primary'}`}
            data-testid="tour.next"
            onClick={activeTour.next}
          >
            {last ? 'Done' : 'Next'}
          </button>
          {last && (
            <button
              ref={primaryRef}
              type="button"
              className="tour-button is-primary"
              data-testid="tour.pick"
              onClick={pickExample}
            >
              Pick an example
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
