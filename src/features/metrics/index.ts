export { MetricsPanel } from './MetricsPanel';
