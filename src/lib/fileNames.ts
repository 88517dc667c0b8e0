// Characters that Windows, macOS or Linux refuse in file names, and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;

/** `<name><suffix>`, safe on every desktop OS; "flow" when nothing usable is left of the name. */
export function safeFileName(name: string, suffix: string): string {
  const base = name
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 120)
    .trim();
  return `${base || 'flow'}${suffix}`;
}
