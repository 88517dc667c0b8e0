import { describe, expect, it } from 'vitest';
import { createEdge, createNode, emptyFlow, FlowNode, type Flow } from '../../model';
import { copyPayload, isFlowFileText, parsePayload, planPaste, serializePayload } from './clipboard';

const at = (x: number) => ({ x, y: 10 });
const bus = FlowNode.parse({
  id: 'bus1',
  kind: 'bus',
  label: 'Bus',
  position: at(0),
  settings: {
    rules: [
      {
        name: 'r',
        eventPattern: { source: ['a'] },
        targets: [{ nodeId: 'function1' }, { nodeId: 'queue1' }],
      },
    ],
  },
});
const doc: Flow = {
  ...emptyFlow(),
  nodes: [
    bus,
    createNode('function', 'function1', 'Worker', at(300)),
    createNode('queue', 'queue1', 'Jobs', at(600)),
  ],
  edges: [
    createEdge('edge1', 'bus1', 'function1', 'invoke'),
    createEdge('edge2', 'bus1', 'queue1', 'invoke'),
  ],
  notes: [{ id: 'note1', text: 'hi', position: at(0), width: 220, height: 120, color: 'yellow' }],
};

describe('clipboard payload', () => {
  it('round-trips through text and keeps only edges inside the copy', () => {
    const p = copyPayload(doc, ['bus1', 'function1'], ['note1'])!;
    expect(p.edges.map((e) => e.id)).toEqual(['edge1']);
    expect(parsePayload(serializePayload(p))).toEqual(p);
  });

  it('ignores text that is not a valid payload', () => {
    expect(parsePayload('hello')).toBeNull();
    expect(
      parsePayload('{"format":"eventflow-clipboard","version":1,"nodes":[{"id":"x"}],"edges":[],"notes":[]}'),
    ).toBeNull();
    expect(parsePayload('{"format":"eventflow-clipboard"')).toBeNull();
  });

  it('tells a whole flow file (for the files feature) from its own payload', () => {
    expect(isFlowFileText('{ "format": "eventflow", "formatVersion": 1 }')).toBe(true);
    expect(isFlowFileText(serializePayload(copyPayload(doc, ['bus1'], [])!))).toBe(false);
  });

  it('copies nothing when nothing is selected', () => {
    expect(copyPayload(doc, [], [])).toBeNull();
  });
});

describe('planPaste', () => {
  it('gives fresh ids, follows references inside the paste and drops the others', () => {
    const p = copyPayload(doc, ['bus1', 'function1'], ['note1'])!;
    const plan = planPaste(p, doc, { x: 32, y: 32 });
    expect(plan.nodes.map((n) => n.id)).toEqual(['bus2', 'function2']);
    expect(plan.nodes[1]!.position).toEqual({ x: 332, y: 42 });
    expect(plan.edges).toEqual([
      expect.objectContaining({ id: 'edge3', source: 'bus2', target: 'function2' }),
    ]);
    expect(plan.notes.map((n) => n.id)).toEqual(['note2']);
    const pastedBus = plan.nodes[0]!;
    expect(pastedBus.kind === 'bus' && pastedBus.settings.rules[0]!.targets.map((t) => t.nodeId)).toEqual([
      'function2',
    ]);
    // The original is untouched.
    expect(bus.kind === 'bus' && bus.settings.rules[0]!.targets).toHaveLength(2);
  });
});
