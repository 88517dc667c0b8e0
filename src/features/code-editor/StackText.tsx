import { editorBridge } from './editorBridge';
import { splitFrames } from '../../lib/stackFrames';

/** Text with each `file:///var/task/index.mjs:<line>:<col>` frame as a link to that line. */
export function StackText({ text }: { text: string }) {
  return (
    <>
      {splitFrames(text).map((p, i) =>
        p.type === 'text' ? (
          p.text
        ) : (
          <button
            key={i}
            type="button"
            className="ce-frame"
            data-testid={`code.frame.${p.line}`}
            title={`Go to line ${p.line}, column ${p.column}`}
            onClick={() => editorBridge()?.reveal(p.line, p.column)}
          >
            {p.text}
          </button>
        ),
      )}
    </>
  );
}
