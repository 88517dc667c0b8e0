import { STATUS_FILTERS, type StatusFilter, type TraceFilter } from './traceFilter';

interface TraceFiltersProps {
  filter: TraceFilter;
  onChange: (change: Partial<TraceFilter>) => void;
  counts: Record<StatusFilter, number> | null;
  /** The canvas' selected node the list is filtered to, with its label. */
  node: { id: string; label: string } | null;
  onClearNode: () => void;
}

/** Status, node, latency, retries, DLQ and text filters above the trace list. */
export function TraceFilters({ filter, onChange, counts, node, onClearNode }: TraceFiltersProps) {
  return (
    <div className="traces-filters" role="search" aria-label="Filter traces">
      <select
        aria-label="Status"
        data-testid="traces.filter.status"
        value={filter.status}
        onChange={(e) => onChange({ status: e.target.value as StatusFilter })}
      >
        {STATUS_FILTERS.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
            {counts ? ` (${counts[s.value].toLocaleString('en-US')})` : ''}
          </option>
        ))}
      </select>
      {node && (
        <span className="traces-chip" data-testid="traces.filter.node">
          Filtered to {node.label}
          <button
            aria-label={`Show traces of all nodes, not only ${node.label}`}
            title="Show all nodes"
            onClick={onClearNode}
          >
            ×
          </button>
        </span>
      )}
      <label className="traces-field">
        slower than
        <input
          type="number"
          min={0}
          step={10}
          inputMode="numeric"
          placeholder="0"
          data-testid="traces.filter.latency"
          value={filter.minMs ?? ''}
          onChange={(e) => {
            const v = e.target.valueAsNumber;
            onChange({ minMs: e.target.value === '' || !Number.isFinite(v) ? null : Math.max(0, v) });
          }}
        />
        ms
      </label>
      <label className="traces-field">
        <input
          type="checkbox"
          data-testid="traces.filter.retries"
          checked={filter.retries}
          onChange={(e) => onChange({ retries: e.target.checked })}
        />
        retried
      </label>
      <label className="traces-field">
        <input
          type="checkbox"
          data-testid="traces.filter.dlq"
          checked={filter.deadLetter}
          onChange={(e) => onChange({ deadLetter: e.target.checked })}
        />
        reached a DLQ
      </label>
      <input
        type="search"
        className="traces-search"
        placeholder="Search payloads and errors"
        aria-label="Search payloads and errors"
        data-testid="traces.filter.text"
        value={filter.text}
        onChange={(e) => onChange({ text: e.target.value })}
      />
    </div>
  );
}
