export { FileMenu } from './FileMenu';
export { FilesProvider } from './FilesProvider';
export { FlowTitle } from './FlowTitle';
export { setExportGuard, type ExportGuard } from './actions';
export { startOnce } from './startup';
