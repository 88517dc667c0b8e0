// Characters that Windows, macOS or Linux refuse in file names, and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;

export const FLOW_FILE_SUFFIX = '.eventflow.json';

/** `<name>.eventflow.json`, safe on every desktop OS; "flow" when nothing usable is left. */
export function exportFileName(flowName: string): string {
  const base = flowName
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 120)
    .trim();
  return `${base || 'flow'}${FLOW_FILE_SUFFIX}`;
}

/**
 * Whether pasted text is meant as a whole flow file (its envelope says "format": "eventflow").
 * The canvas's own clipboard payload uses a different format string, so both can share Ctrl+V.
 */
export function looksLikeFlowFile(text: string): boolean {
  return /"format"\s*:\s*"eventflow"/.test(text);
}
