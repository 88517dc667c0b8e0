import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/languages/features/typescript/ts.worker?worker';
import { EVENT_DTS } from './eventDts';
import { SDK_DTS } from './sdkDts';

// Monaco's language services run in workers bundled with the app (no CDN: it works offline).
// Every label needs an answer: returning undefined does not fall back to the editor worker.
self.MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    return label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker();
  },
};

const js = monaco.typescript.javascriptDefaults;
js.setCompilerOptions({
  allowJs: true,
  checkJs: true,
  allowNonTsExtensions: true,
  target: monaco.typescript.ScriptTarget.ESNext,
  module: monaco.typescript.ModuleKind.ESNext,
  moduleResolution: monaco.typescript.ModuleResolutionKind.NodeJs,
  // Each function is its own module, even one without imports or exports.
  moduleDetection: 3,
  noEmit: true,
});
js.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
js.setEagerModelSync(true);
js.addExtraLib(EVENT_DTS, 'file:///types/aws-lambda-events.d.ts');
js.addExtraLib(SDK_DTS, 'file:///types/aws-sdk.d.ts');

let handlerLib: monaco.IDisposable | null = null;

/** Types `HandlerEvent` for the function being edited (one TypeScript service serves all models). */
export function setHandlerTypes(dts: string): void {
  handlerLib?.dispose();
  handlerLib = js.addExtraLib(dts, 'file:///types/handler.d.ts');
}

export const modelUri = (nodeId: string) =>
  monaco.Uri.parse(`file:///functions/${encodeURIComponent(nodeId)}/index.js`);

/** The node id of one of our models, or null for any other model. */
export function nodeIdOf(uri: monaco.Uri): string | null {
  const m = /^\/functions\/([^/]+)\/index\.js$/.exec(uri.path);
  return m ? decodeURIComponent(m[1]!) : null;
}

export { monaco };
