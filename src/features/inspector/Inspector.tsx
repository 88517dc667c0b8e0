import { selectSelection, useStore, type StoreState } from '../../store';
import { EdgePanel } from './EdgePanel';
import { FlowPanel } from './FlowPanel';
import { NodePanel } from './NodePanel';
import { SelectionSummary } from './SelectionSummary';
import './inspector.css';

const selectOnlyNode = (s: StoreState) =>
  s.selection.nodeIds.length === 1 && s.selection.edgeIds.length === 0 && s.selection.noteIds.length === 0
    ? (s.doc.nodes.find((n) => n.id === s.selection.nodeIds[0]) ?? null)
    : null;
const selectOnlyEdge = (s: StoreState) =>
  s.selection.edgeIds.length === 1 && s.selection.nodeIds.length === 0 && s.selection.noteIds.length === 0
    ? (s.doc.edges.find((e) => e.id === s.selection.edgeIds[0]) ?? null)
    : null;

/** The right panel: the flow, one node, one edge, or a summary of a multiple selection. */
export function Inspector() {
  const selection = useStore(selectSelection);
  const node = useStore(selectOnlyNode);
  const edge = useStore(selectOnlyEdge);
  const total = selection.nodeIds.length + selection.edgeIds.length + selection.noteIds.length;
  return (
    <div className="inspector" data-testid="inspector">
      {node ? (
        <NodePanel key={node.id} node={node} />
      ) : edge ? (
        <EdgePanel key={edge.id} edge={edge} />
      ) : total > 1 ? (
        <SelectionSummary selection={selection} />
      ) : (
        <FlowPanel />
      )}
    </div>
  );
}
