import { LEVEL_GROUPS, type LevelGroup } from './logFilter';

const LEVEL_LABEL: Record<LevelGroup, string> = {
  ERROR: 'Error',
  WARN: 'Warn',
  INFO: 'Info',
  DEBUG: 'Debug',
  PLATFORM: 'Platform',
};
const LEVEL_HINT: Record<LevelGroup, string> = {
  ERROR: 'console.error, Invoke Error, timeouts',
  WARN: 'console.warn',
  INFO: 'console.log / console.info',
  DEBUG: 'console.debug / console.trace',
  PLATFORM: 'START, END and REPORT lines',
};

interface LogsToolbarProps {
  functions: ReadonlyArray<{ id: string; label: string }>;
  nodeId: string | null;
  onPick: (nodeId: string | null) => void;
  /** The label of the function the canvas selection filters to, or null. */
  chip: string | null;
  onDismissChip: () => void;
  text: string;
  onText: (text: string) => void;
  levels: ReadonlySet<LevelGroup>;
  onLevels: (levels: ReadonlySet<LevelGroup>) => void;
}

/** Function picker, selection chip, text filter and level checkboxes. */
export function LogsToolbar(p: LogsToolbarProps) {
  const flip = (g: LevelGroup) => {
    const next = new Set(p.levels);
    if (next.has(g)) next.delete(g);
    else next.add(g);
    p.onLevels(next);
  };
  return (
    <>
      <select
        className="logs-select"
        aria-label="Function"
        data-testid="logs.function"
        value={p.nodeId ?? ''}
        onChange={(e) => p.onPick(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">All functions</option>
        {p.functions.map((f) => (
          <option key={f.id} value={f.id}>
            {f.label}
          </option>
        ))}
      </select>
      {p.chip !== null && (
        <span className="logs-chip" data-testid="logs.function.chip">
          Filtered to {p.chip}
          <button
            type="button"
            aria-label="Show all functions"
            title="Show all functions"
            onClick={p.onDismissChip}
          >
            ×
          </button>
        </span>
      )}
      <input
        className="logs-search"
        type="search"
        placeholder="Filter text or request id"
        aria-label="Filter lines by text"
        data-testid="logs.filter.text"
        value={p.text}
        onChange={(e) => p.onText(e.target.value)}
      />
      <fieldset className="logs-levels" data-testid="logs.filter.level">
        <legend className="visually-hidden">Levels shown</legend>
        {LEVEL_GROUPS.map((g) => (
          <label key={g} className={`logs-level-check is-${g.toLowerCase()}`} title={LEVEL_HINT[g]}>
            <input
              type="checkbox"
              data-testid={`logs.filter.level.${g}`}
              checked={p.levels.has(g)}
              onChange={() => flip(g)}
            />
            {LEVEL_LABEL[g]}
          </label>
        ))}
      </fieldset>
    </>
  );
}
