import { useMemo } from 'react';
import { z } from 'zod';
import { useShallow } from 'zustand/react/shallow';
import { FormSection } from '../../components/FormSection';
import { Label, type FlowNode } from '../../model';
import { selectChange, selectNodes, useStore } from '../../store';
import { TextField } from './fields/TextField';
import { FormContext } from './form/FormContext';
import { useBinding } from './form/useBinding';
import { KindForm } from './kinds/KindForm';
import { SETTINGS_SCHEMAS } from './kinds/schemas';
import { NodeHeader } from './NodeHeader';
import { KIND_NOTES } from './notes/simulationNotes';
import { SimulationNotes } from './notes/SimulationNotes';

const NodeInfo = z.object({ label: Label, description: z.string().max(4000) });

/** One selected node: its header, label and description, then its kind's settings. */
export function NodePanel({ node }: { node: FlowNode }) {
  const change = useStore(selectChange);
  const nodes = useStore(selectNodes);
  const edges = useStore(
    useShallow((s) => s.doc.edges.filter((e) => e.source === node.id || e.target === node.id)),
  );
  const info = useMemo(
    () => ({ label: node.label, description: node.description }),
    [node.label, node.description],
  );
  const infoBinding = useBinding(info, NodeInfo, (next) => {
    const v = next as z.infer<typeof NodeInfo>;
    change({ type: 'updateNode', id: node.id, label: v.label, description: v.description });
  });
  const settingsBinding = useBinding(node.settings, SETTINGS_SCHEMAS[node.kind], (next) =>
    change({ type: 'updateNode', id: node.id, settings: next as FlowNode['settings'] }),
  );
  const env = useMemo(() => ({ node, nodes, edges }), [node, nodes, edges]);
  return (
    <div className="insp-panel" data-testid="inspector.node">
      <NodeHeader kind={node.kind} id={node.id} />
      <FormContext.Provider value={infoBinding}>
        <FormSection title="Node">
          <TextField
            path={['label']}
            label="Label"
            testId="inspector.label"
            hint="shown on the canvas card"
          />
          <TextField
            path={['description']}
            label="Description"
            multiline
            rows={2}
            placeholder="What this node is for"
          />
        </FormSection>
      </FormContext.Provider>
      <FormContext.Provider value={settingsBinding}>
        <KindForm env={env} />
      </FormContext.Provider>
      <SimulationNotes note={KIND_NOTES[node.kind]} />
    </div>
  );
}
