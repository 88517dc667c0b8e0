import { useEffect, useRef, useState } from 'react';
import { MenuButton } from '../../components/MenuButton';
import type { MenuEntry } from '../../components/menuTypes';
import { exportCurrentFlow, newFlow, openExample, openFile, openRecent } from './actions';
import { loadExampleIndex, type ExampleInfo } from './examples';
import { PasteDialog } from './PasteDialog';
import { readAutosaveIndex } from './autosaveStore';
import { heldElsewhere } from './presence';
import { recentChoices, type RecentChoice } from './recentList';
import { relativeTime } from './relativeTime';
import { currentDocKey } from './session';
import { readRecent } from './storage';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const SAVE_HINT = isMac ? '⌘S' : 'Ctrl+S';

/** The File menu of the top bar: new, open, paste, export, examples and recent flows. */
export function FileMenu() {
  const inputRef = useRef<HTMLInputElement>(null);
  const [examples, setExamples] = useState<ExampleInfo[] | null>(null);
  const [recent, setRecent] = useState<RecentChoice[]>([]);
  const [pasting, setPasting] = useState(false);

  useEffect(() => {
    loadExampleIndex().then(setExamples, () => setExamples([]));
  }, []);

  const refreshRecent = () => {
    const none = () => [];
    void Promise.all([readRecent().catch(none), readAutosaveIndex().catch(none)]).then(([files, autosaves]) =>
      setRecent(recentChoices(files, autosaves, currentDocKey())),
    );
  };

  const entries = (): MenuEntry[] => {
    const now = Date.now();
    const held = heldElsewhere();
    return [
      { type: 'item', id: 'new', label: 'New flow', testId: 'file.new', onSelect: newFlow },
      {
        type: 'item',
        id: 'open',
        label: 'Open…',
        testId: 'file.open',
        onSelect: () => inputRef.current?.click(),
      },
      {
        type: 'item',
        id: 'paste',
        label: 'Paste JSON…',
        testId: 'file.paste',
        onSelect: () => setPasting(true),
      },
      {
        type: 'item',
        id: 'export',
        label: 'Save / Export',
        hint: SAVE_HINT,
        testId: 'file.export',
        onSelect: () => void exportCurrentFlow(),
      },
      { type: 'separator', id: 's1' },
      {
        type: 'submenu',
        id: 'examples',
        label: 'Examples',
        testId: 'file.examples',
        emptyText: examples === null ? 'Loading…' : 'No examples found',
        entries: (examples ?? []).map((ex) => ({
          type: 'item',
          id: ex.file,
          label: <span title={ex.summary}>{ex.title}</span>,
          testId: `file.example.${ex.file}`,
          onSelect: () => void openExample(ex),
        })),
      },
      {
        type: 'submenu',
        id: 'recent',
        label: 'Recent',
        testId: 'file.recent',
        emptyText: 'No other recent flows',
        entries: recent.map((r, i) => ({
          type: 'item',
          id: r.key,
          label: r.name,
          hint: held.has(r.key) ? 'open in another tab' : relativeTime(r.savedAt, now),
          testId: `file.recent.${i}`,
          onSelect: () => void openRecent(r),
        })),
      },
    ];
  };

  return (
    <>
      <MenuButton label="File" menuLabel="File" testId="file.menu" entries={entries} onOpen={refreshRecent} />
      <input
        ref={inputRef}
        type="file"
        hidden
        accept=".json,.eventflow.json,application/json"
        data-testid="file.open.input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared so choosing the same file again still fires a change.
          e.currentTarget.value = '';
          if (file) void openFile(file);
        }}
      />
      <PasteDialog open={pasting} onClose={() => setPasting(false)} />
    </>
  );
}
