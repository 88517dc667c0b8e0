export { RunControls } from './RunControls';
