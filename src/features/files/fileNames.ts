import { safeFileName } from '../../lib/fileNames';

export const FLOW_FILE_SUFFIX = '.eventflow.json';

/** `<name>.eventflow.json`, safe on every desktop OS; "flow" when nothing usable is left. */
export function exportFileName(flowName: string): string {
  return safeFileName(flowName, FLOW_FILE_SUFFIX);
}

/**
 * Whether pasted text is meant as a whole flow file (its envelope says "format": "eventflow").
 * The canvas's own clipboard payload uses a different format string, so both can share Ctrl+V.
 */
export function looksLikeFlowFile(text: string): boolean {
  return /"format"\s*:\s*"eventflow"/.test(text);
}
