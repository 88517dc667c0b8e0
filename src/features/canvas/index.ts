export { FlowCanvas } from './FlowCanvas';
export { EditControls } from './EditControls';
