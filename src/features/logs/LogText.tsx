import type { LogEntry } from './logEntry';
import type { LogRowActions } from './LogRow';
import { textPieces } from './textPieces';

interface LogTextProps {
  text: string;
  needle: string;
  entry: LogEntry;
  actions: LogRowActions;
}

/** A message with filter matches marked and handler stack frames as links to the code. */
export function LogText({ text, needle, entry, actions }: LogTextProps) {
  return (
    <>
      {textPieces(text, needle).map((p, i) =>
        p.type === 'frame' ? (
          <button
            key={i}
            type="button"
            className={`logs-frame${p.match ? ' is-match' : ''}`}
            data-testid={`logs.frame.${p.line}`}
            title={`Open the handler at line ${p.line}, column ${p.column}`}
            onClick={() => actions.openFrame(entry, { line: p.line, column: p.column })}
          >
            {p.text}
          </button>
        ) : p.match ? (
          <mark key={i}>{p.text}</mark>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
