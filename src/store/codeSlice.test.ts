import { describe, expect, it } from 'vitest';
import { useStore } from './index';

describe('code editor state', () => {
  it('keeps markers per function and drops a function whose markers are gone', () => {
    const s = useStore.getState();
    s.setCodeMarkers('f1', [
      { line: 2, column: 5, message: "Property 'bodyy' does not exist", severity: 'error' },
    ]);
    s.setCodeMarkers('f2', [{ line: 1, column: 1, message: 'unused', severity: 'info' }]);
    expect(Object.keys(useStore.getState().codeMarkers).sort()).toEqual(['f1', 'f2']);
    useStore.getState().setCodeMarkers('f1', []);
    expect(Object.keys(useStore.getState().codeMarkers)).toEqual(['f2']);
  });

  it('opening at a line bumps the reveal request; closing keeps it', () => {
    const s = useStore.getState();
    s.openCodeEditor('f1', { line: 12 });
    const first = useStore.getState().codeEditorReveal!;
    expect(first).toMatchObject({ line: 12, column: 1 });
    useStore.getState().openCodeEditor('f1', { line: 12, column: 4 });
    expect(useStore.getState().codeEditorReveal!.seq).toBe(first.seq + 1);
    useStore.getState().openCodeEditor(null);
    expect(useStore.getState().codeEditorNodeId).toBeNull();
    expect(useStore.getState().codeEditorReveal!.column).toBe(4);
  });
});
