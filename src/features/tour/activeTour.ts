import { TOUR_STEPS } from './steps';
import { createTourController } from './tourController';
import { browserStorage } from './tourStorage';

/** The page's one tour, shared by the overlay and the ? button. */
export const activeTour = createTourController(TOUR_STEPS.length, browserStorage());
