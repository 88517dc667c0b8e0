import { FormSection } from '../../components/FormSection';
import { allowedEdgeTypes, EdgeSettings, KIND_INFO, type Edge, type EdgeType } from '../../model';
import { selectChange, selectNodes, useStore } from '../../store';
import { EdgeForm } from './edges/EdgeForm';
import { EDGE_TYPE_LABELS } from './edges/edgeTypes';
import { FormContext } from './form/FormContext';
import { useBinding } from './form/useBinding';
import { edgeNotes } from './notes/simulationNotes';
import { SimulationNotes } from './notes/SimulationNotes';

/** One selected edge: what it joins, its type (when the pair allows several) and its settings. */
export function EdgePanel({ edge }: { edge: Edge }) {
  const change = useStore(selectChange);
  const nodes = useStore(selectNodes);
  const binding = useBinding(edge.settings, EdgeSettings, (next) =>
    change({ type: 'updateEdge', id: edge.id, settings: next as EdgeSettings }),
  );
  const source = nodes.find((n) => n.id === edge.source);
  const target = nodes.find((n) => n.id === edge.target);
  if (!source || !target)
    return <p className="fs-note insp-pad">This edge points to a node that does not exist.</p>;
  const types = allowedEdgeTypes(source.kind, target.kind);
  const notes = edgeNotes(edge.settings.type);
  const setType = (type: EdgeType) =>
    change({ type: 'updateEdge', id: edge.id, settings: EdgeSettings.parse({ type }) });
  return (
    <div className="insp-panel" data-testid="inspector.edge">
      <div className="insp-head insp-cat-edge" data-testid="inspector.header">
        <span className="insp-icon" aria-hidden>
          →
        </span>
        <div className="insp-head-text">
          <div className="insp-head-title">{EDGE_TYPE_LABELS[edge.settings.type]}</div>
          <div className="insp-head-sub">
            {source.label} ({KIND_INFO[source.kind].service}) → {target.label} (
            {KIND_INFO[target.kind].service})
          </div>
        </div>
      </div>
      {types.length > 1 && (
        <FormSection title="Connection type">
          <div className="fs-field">
            <div className="fs-label-row">
              <label className="fs-label" htmlFor="insp-edge-type">
                This edge is
              </label>
            </div>
            <select
              id="insp-edge-type"
              data-testid="inspector.field.type"
              value={edge.settings.type}
              onChange={(e) => setType(e.target.value as EdgeType)}
            >
              {types.map((t) => (
                <option key={t} value={t}>
                  {EDGE_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
            <div className="fs-hint">
              {KIND_INFO[source.kind].title} → {KIND_INFO[target.kind].title.toLowerCase()} can be any of
              these.
            </div>
          </div>
        </FormSection>
      )}
      <FormContext.Provider value={binding}>
        <EdgeForm edge={edge} source={source} nodes={nodes} />
      </FormContext.Provider>
      {notes && <SimulationNotes note={notes} />}
    </div>
  );
}
