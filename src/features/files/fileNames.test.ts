import { describe, expect, it } from 'vitest';
import { exportFileName, looksLikeFlowFile } from './fileNames';

describe('exportFileName', () => {
  it('keeps a plain name and adds the suffix', () => {
    expect(exportFileName('Orders API')).toBe('Orders API.eventflow.json');
  });
  it('replaces characters that file systems refuse', () => {
    expect(exportFileName('a/b\\c:d*e?"f"<g>|h')).toBe('a b c d e f g h.eventflow.json');
  });
  it('falls back to "flow" when nothing usable is left', () => {
    expect(exportFileName(' ... ')).toBe('flow.eventflow.json');
    expect(exportFileName('///')).toBe('flow.eventflow.json');
  });
});

describe('looksLikeFlowFile', () => {
  it('recognises a flow envelope with any spacing', () => {
    expect(looksLikeFlowFile('{ "format" : "eventflow", "formatVersion": 1 }')).toBe(true);
    expect(looksLikeFlowFile('{"name":"x","format":"eventflow"}')).toBe(true);
  });
  it('leaves other clipboard payloads to the canvas', () => {
    expect(looksLikeFlowFile('{"format":"eventflow-clipboard","nodes":[]}')).toBe(false);
    expect(looksLikeFlowFile('hello')).toBe(false);
  });
});
