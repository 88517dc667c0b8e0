import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { openFlowInput } from './actions';

interface PasteDialogProps {
  open: boolean;
  onClose: () => void;
}

/** Paste a flow file's JSON by hand, for browsers that do not let the page read the clipboard. */
export function PasteDialog({ open, onClose }: PasteDialogProps) {
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const submit = () => {
    // On failure the reasons show here too (the toast sits under the dialog's backdrop),
    // and the text stays to be fixed.
    const problems = openFlowInput(text, 'pasted JSON');
    setErrors(problems);
    if (problems.length === 0) {
      setText('');
      onClose();
    }
  };
  const cancel = () => {
    setErrors([]);
    onClose();
  };
  return (
    <Dialog open={open} title="Paste a flow" onClose={cancel} testId="file.paste.dialog">
      <form
        className="files-paste"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label className="files-paste-label" htmlFor="files-paste-text">
          The JSON of a whole .eventflow.json file
        </label>
        <textarea
          id="files-paste-text"
          className="files-paste-text"
          data-testid="file.paste.text"
          value={text}
          spellCheck={false}
          autoFocus
          placeholder='{ "format": "eventflow", "formatVersion": 1, … }'
          onChange={(e) => setText(e.target.value)}
        />
        {errors.length > 0 && (
          <ul className="files-paste-errors" role="alert" data-testid="file.paste.errors">
            {errors.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
        <div className="files-paste-actions">
          <button type="button" className="files-button" onClick={cancel}>
            Cancel
          </button>
          <button
            type="submit"
            className="files-button is-primary"
            data-testid="file.paste.open"
            disabled={text.trim() === ''}
          >
            Open
          </button>
        </div>
      </form>
    </Dialog>
  );
}
