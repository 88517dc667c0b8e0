export type Side = 'right' | 'left' | 'bottom' | 'top';

export interface TourStep {
  id: string;
  title: string;
  /** One or two sentences. */
  body: string;
  /** CSS selector of what the step points at; the ring goes around it. */
  target: string;
  /** Where the popover goes, best first; when none fits it sits inside the target. */
  sides: Side[];
}

/** The tour for a first visit: the parts of the page, in the order someone would use them. */
export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'palette',
    title: 'The palette',
    body: 'Producers, routers, functions and stores, each modelling an AWS service. Drag one onto the canvas, or click it to add it.',
    target: 'aside[aria-label="Palette"]',
    sides: ['right'],
  },
  {
    id: 'canvas',
    title: 'The canvas',
    body: 'Your flow: connect a card’s right handle to another card’s left one. An example is open, so there is something to run straight away.',
    target: 'main[aria-label="Canvas"]',
    sides: ['bottom', 'top'],
  },
  {
    id: 'inspector',
    title: 'The inspector',
    body: 'The settings of whatever is selected: a card, a connection, or with nothing selected the flow itself and its run settings.',
    target: 'aside[aria-label="Inspector"]',
    sides: ['left'],
  },
  {
    id: 'run',
    title: 'Run it',
    body: 'Run plays the flow in virtual time. Pick the speed, pause, or step one event at a time; the clock shows where the run is.',
    target: '[role="toolbar"][aria-label="Run"]',
    sides: ['bottom'],
  },
  {
    id: 'dock',
    title: 'See what happened',
    body: 'Traces follow each request hop by hop, Logs hold every function’s console output, Metrics chart concurrency, throttles and cost.',
    target: '[data-testid="dock"]',
    sides: ['top'],
  },
  {
    id: 'examples',
    title: 'Pick an example',
    body: 'Twelve complete flows, each teaching one behaviour, from SNS fan-out to cold starts. The ? button brings this tour back.',
    target: '[data-testid="gallery.open"]',
    sides: ['bottom'],
  },
];
