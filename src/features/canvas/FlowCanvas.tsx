import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { KIND_INFO } from '../../model';
import { selectDoc, selectSelection, useStore, type StoreState } from '../../store';
import { EmptyHint } from './EmptyHint';
import { FlowEdge } from './FlowEdge';
import { FlowNodeCard } from './FlowNodeCard';
import { LiveLayer } from './live/LiveLayer';
import { interpretEdgeChanges, interpretNodeChanges } from './nodeChanges';
import { NoteNode } from './NoteNode';
import { RefusalNote } from './RefusalNote';
import { createCanvasMapper, type CanvasNode, type Size } from './rfMapping';
import { useConnect, type Refusal } from './useConnect';
import { usePaletteDrop } from './usePaletteDrop';
import { useShortcuts } from './useShortcuts';
import { FIT_OPTIONS, useViewportFocus } from './useViewportFocus';
import './canvas.css';

const nodeTypes = { card: FlowNodeCard, note: NoteNode };
const edgeTypes = { flow: FlowEdge };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const REFUSAL_MS = 3000;
/** Past this many nodes only what is on screen is rendered (measured: 60 fps at 2,000). */
const VISIBLE_ONLY_FROM = 300;

const miniMapClass = (n: CanvasNode) =>
  n.type === 'card'
    ? `fc-mm-${KIND_INFO[n.data.node.kind].category}`
    : `fc-mm-note fc-note-${n.data.note.color}`;

const selectReadOnly = (s: StoreState) => s.readOnly;

/** The flow on a React Flow canvas, bound to the store's document and selection. */
export function FlowCanvas() {
  const doc = useStore(selectDoc);
  const selection = useStore(selectSelection);
  const readOnly = useStore(selectReadOnly);
  const [measured, setMeasured] = useState<ReadonlyMap<string, Size>>(() => new Map());
  // The latest sizes for change handlers, which run between renders.
  const measuredNow = useRef(measured);
  const [mapper] = useState(createCanvasMapper);
  const nodes = useMemo(() => mapper.nodes(doc, selection, measured), [mapper, doc, selection, measured]);
  const edges = useMemo(() => mapper.edges(doc, selection), [mapper, doc, selection]);
  const wrapper = useRef<HTMLDivElement>(null);
  const [refusal, setRefusal] = useState<(Refusal & { x: number; y: number }) | null>(null);

  useShortcuts();
  useViewportFocus();
  const { onDragOver, onDrop } = usePaletteDrop();

  const onRefuse = useCallback((r: Omit<Refusal, 'seq'>) => {
    const box = wrapper.current?.getBoundingClientRect();
    if (!box) return;
    // Beside the pointer, kept inside the canvas.
    const x = Math.max(8, Math.min(r.clientX - box.left + 14, box.width - 340));
    const y = Math.max(8, Math.min(r.clientY - box.top + 14, box.height - 90));
    setRefusal((old) => ({ ...r, x, y, seq: (old?.seq ?? 0) + 1 }));
  }, []);
  const { isValidConnection, onConnect, onConnectEnd } = useConnect(onRefuse);
  useEffect(() => {
    if (!refusal) return;
    const t = setTimeout(() => setRefusal(null), REFUSAL_MS);
    return () => clearTimeout(t);
  }, [refusal]);

  const onNodesChange = useCallback((changes: NodeChange<CanvasNode>[]) => {
    const s = useStore.getState();
    const noteIds = new Set(s.doc.notes.map((n) => n.id));
    const r = interpretNodeChanges(changes, noteIds, s.selection, measuredNow.current);
    if (r.measured) {
      measuredNow.current = r.measured;
      setMeasured(r.measured);
    }
    if (r.doc.length > 0) s.change(r.doc, { commit: r.commit });
    if (r.selection) s.select(r.selection);
  }, []);

  // A click on the background lets go of a focused trace.
  const onPaneClick = useCallback(() => {
    const s = useStore.getState();
    if (s.traceFocus) s.focusTrace(null);
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const s = useStore.getState();
    const next = interpretEdgeChanges(changes, s.selection);
    if (next) s.select(next);
  }, []);

  return (
    <div className="fc-canvas" ref={wrapper} onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onPaneClick={onPaneClick}
        isValidConnection={isValidConnection}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        connectionRadius={28}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionKeyCode="Shift"
        minZoom={0.1}
        maxZoom={2.5}
        onlyRenderVisibleElements={doc.nodes.length > VISIBLE_ONLY_FROM}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.4} />
        {nodes.length > 0 && (
          <MiniMap pannable zoomable nodeClassName={miniMapClass} ariaLabel="Overview of the flow" />
        )}
        <Controls showInteractive={false} fitViewOptions={FIT_OPTIONS} />
        <LiveLayer />
      </ReactFlow>
      {doc.nodes.length === 0 && <EmptyHint />}
      {refusal && <RefusalNote key={refusal.seq} reason={refusal.reason} x={refusal.x} y={refusal.y} />}
    </div>
  );
}
