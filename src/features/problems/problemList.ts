import { validateFlow, type Problem } from '../../format';
import type { Flow } from '../../model';
import type { CodeMarker } from '../../store';
import { FLOW_CHECKERS as checkers } from '../../sim/patterns';

// The label and the count badge ask for the same document's problems: compute once per document.
const cache = new WeakMap<Flow, Problem[]>();

/** Every problem of a flow, errors first (validation order kept within a severity); cached per document. */
export function problemsOf(flow: Flow): Problem[] {
  let list = cache.get(flow);
  if (!list) {
    const all = validateFlow(flow, checkers);
    list = [...all.filter((p) => p.severity === 'error'), ...all.filter((p) => p.severity !== 'error')];
    cache.set(flow, list);
  }
  return list;
}

/** A problem of the flow, or of a function's handler code (with the line to open the editor at). */
export type PanelProblem = Problem & { code?: { line: number; column: number } };

/**
 * The code editor's diagnostics as problems of their function, after the flow's own, errors
 * first. Only functions opened in the editor have diagnostics; info-level hints are left out.
 */
export function withCodeProblems(
  flow: Flow,
  list: readonly Problem[],
  markers: Readonly<Record<string, readonly CodeMarker[]>>,
): PanelProblem[] {
  const code: PanelProblem[] = [];
  flow.nodes.forEach((node, index) => {
    for (const m of markers[node.id] ?? []) {
      if (m.severity === 'info') continue;
      code.push({
        severity: m.severity,
        path: `nodes[${index}].settings.code:${m.line}:${m.column}`,
        message: m.message,
        nodeId: node.id,
        code: { line: m.line, column: m.column },
      });
    }
  });
  if (code.length === 0) return list as PanelProblem[];
  const errors = (p: PanelProblem) => p.severity === 'error';
  return [
    ...list.filter(errors),
    ...code.filter(errors),
    ...list.filter((p) => !errors(p)),
    ...code.filter((p) => !errors(p)),
  ];
}

export function countProblems(list: readonly Problem[]): { errors: number; warnings: number } {
  const errors = list.filter((p) => p.severity === 'error').length;
  return { errors, warnings: list.length - errors };
}

/** What a problem is about, in the names a person sees on the canvas. */
export function subjectOf(problem: Problem, flow: Flow): string {
  const label = (id: string) => flow.nodes.find((n) => n.id === id)?.label ?? id;
  if (problem.edgeId) {
    const edge = flow.edges.find((e) => e.id === problem.edgeId);
    return edge ? `${label(edge.source)} → ${label(edge.target)}` : problem.edgeId;
  }
  if (problem.nodeId) return label(problem.nodeId);
  return flow.name;
}
