export { CodeEditorPanel } from './CodeEditorPanel';
