export { ProblemsPanel } from './ProblemsPanel';
export { ProblemsTabLabel } from './ProblemsTabLabel';
