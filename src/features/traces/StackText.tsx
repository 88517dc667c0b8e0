import { splitFrames } from '../../lib/stackFrames';
import { useStore, type StoreState } from '../../store';

const selectOpenCode = (s: StoreState) => s.openCodeEditor;

/**
 * Text with handler stack frames (index.mjs:line:col) as links that open the function's
 * code at that line. Without a function to open, frames stay plain text.
 */
export function StackText({ text, codeNodeId }: { text: string; codeNodeId: string | null }) {
  const openCodeEditor = useStore(selectOpenCode);
  return (
    <>
      {splitFrames(text).map((p, i) =>
        p.type === 'frame' && codeNodeId ? (
          <button
            key={i}
            type="button"
            className="traces-frame"
            title={`Open the handler at line ${p.line}, column ${p.column}`}
            data-testid={`traces.frame.${p.line}`}
            onClick={() => openCodeEditor(codeNodeId, { line: p.line, column: p.column })}
          >
            index.mjs:{p.line}:{p.column}
          </button>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
