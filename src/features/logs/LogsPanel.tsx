import { useDeferredValue, useMemo, useState } from 'react';
import { isActive, useLiveRun, useRunResult, useRunState, type LiveRun } from '../../runtime/run';
import { ALL_LEVELS, type LevelGroup } from './logFilter';
import { LogsBody } from './LogsBody';
import { LogsToolbar } from './LogsToolbar';
import { useFunctionFilter } from './useFunctionFilter';
import './logs.css';

/** The Logs dock tab: every function's log lines of the live (or last) run, CloudWatch style. */
export function LogsPanel() {
  const live = useLiveRun();
  const run = useRunState();
  const result = useRunResult();
  const functions = useMemo(() => functionsOf(live), [live]);
  const functionIds = useMemo(() => new Set(functions.map((f) => f.id)), [functions]);
  const fn = useFunctionFilter(functionIds);
  const [text, setText] = useState('');
  const [levels, setLevels] = useState<ReadonlySet<LevelGroup>>(ALL_LEVELS);
  const needle = useDeferredValue(text);

  if (!live) {
    return (
      <div className="logs-empty" data-testid="logs.panel">
        No run yet: press Run (F5), and each function’s log lines show here as it runs.
      </div>
    );
  }
  const active = isActive(run);
  const chip = fn.fromSelection ? (functions.find((f) => f.id === fn.nodeId)?.label ?? null) : null;
  return (
    <div className="logs" data-testid="logs.panel">
      <LogsBody
        key={live.runId}
        live={live}
        functions={functions}
        filter={{ nodeId: fn.nodeId, text: needle, levels }}
        running={active}
        withCode={run.withCode}
        sampledOut={!active && result ? result.summary.spans.sampledOut : 0}
        toolbar={
          <LogsToolbar
            functions={functions}
            nodeId={fn.nodeId}
            onPick={fn.pick}
            chip={chip}
            onDismissChip={fn.dismiss}
            text={text}
            onText={setText}
            levels={levels}
            onLevels={setLevels}
          />
        }
      />
    </div>
  );
}

function functionsOf(live: LiveRun | null): Array<{ id: string; label: string }> {
  if (!live) return [];
  return live.flow.nodes.filter((n) => n.kind === 'function').map((n) => ({ id: n.id, label: n.label }));
}
