export { Tour } from './Tour';
export { TourButton } from './TourButton';
