export { FileMenu } from './FileMenu';
export { FilesProvider } from './FilesProvider';
export { FlowTitle } from './FlowTitle';
