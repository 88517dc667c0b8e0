import type { RunResult } from '../../sim';
import { downloadText } from '../../components/download';
import { exportFileName, metricsJson, seriesCsv, summaryCsv } from './exportData';

const CSV = 'text/csv;charset=utf-8';

/** Summary CSV, series CSV and everything as JSON, for the last finished (or stopped) run. */
export function ExportButtons({
  result,
  disabledWhy,
}: {
  result: RunResult | null;
  disabledWhy: string | null;
}) {
  const s = result?.summary;
  const save = (what: 'summary' | 'series' | 'json') => {
    if (!result || !s) return;
    if (what === 'summary')
      downloadText(exportFileName(s.flowName, s.seed, 'summary', 'csv'), summaryCsv(s), CSV);
    if (what === 'series')
      downloadText(exportFileName(s.flowName, s.seed, 'series', 'csv'), seriesCsv(s, result.series), CSV);
    if (what === 'json')
      downloadText(
        exportFileName(s.flowName, s.seed, 'metrics', 'json'),
        metricsJson(result),
        'application/json',
      );
  };
  const disabled = !result || disabledWhy !== null;
  const title = (what: string) => disabledWhy ?? (result ? what : 'No run to export yet');
  return (
    <div className="metrics-exports" role="group" aria-label="Export">
      <button
        className="metrics-button"
        data-testid="metrics.export.csv"
        disabled={disabled}
        title={title('Per-node figures of the run, one row per node')}
        onClick={() => save('summary')}
      >
        Summary CSV
      </button>
      <button
        className="metrics-button"
        data-testid="metrics.export.series"
        disabled={disabled}
        title={title('Every node’s series, one row per node per bucket (time in seconds)')}
        onClick={() => save('series')}
      >
        Series CSV
      </button>
      <button
        className="metrics-button"
        data-testid="metrics.export.json"
        disabled={disabled}
        title={title('Summary and series in one JSON file')}
        onClick={() => save('json')}
      >
        All JSON
      </button>
    </div>
  );
}
