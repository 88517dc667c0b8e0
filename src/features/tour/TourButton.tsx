import { activeTour } from './activeTour';
import './tour.css';

/** The top bar's ? button: takes the tour again, whenever someone wants it. */
export function TourButton() {
  return (
    <button
      type="button"
      className="tour-open"
      data-testid="tour.open"
      aria-label="Take the tour"
      title="Take the tour"
      onClick={activeTour.start}
    >
      ?
    </button>
  );
}
