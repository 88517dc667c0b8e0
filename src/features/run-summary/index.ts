export { RunSummaryPanel } from './RunSummaryPanel';
