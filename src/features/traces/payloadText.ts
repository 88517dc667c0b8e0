import { PAYLOAD_PREVIEW_CHARS } from '../../sim';

export interface PayloadView {
  text: string;
  /** The preview was cut at PAYLOAD_PREVIEW_CHARS: the payload was longer. */
  cut: boolean;
}

/** A payload preview, pretty-printed. A cut preview is indented as far as its text goes. */
export function payloadView(preview: string): PayloadView {
  const cut = preview.length >= PAYLOAD_PREVIEW_CHARS && preview.endsWith('…');
  if (!cut) {
    try {
      return { text: JSON.stringify(JSON.parse(preview), null, 2), cut };
    } catch {
      // Not JSON (a plain string body): shown as it is.
      return { text: preview, cut };
    }
  }
  return { text: indentJsonText(preview.slice(0, -1)) + ' …', cut };
}

/**
 * Indents JSON text without parsing it, so text cut in the middle still reads like the
 * pretty-printed document it came from. Strings are copied as they are.
 */
export function indentJsonText(text: string): string {
  let out = '';
  let depth = 0;
  let inString = false;
  const newline = () => `\n${'  '.repeat(Math.max(0, depth))}`;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      if (text[i + 1] === close) {
        out += c + close;
        i++;
      } else {
        depth++;
        out += c + newline();
      }
    } else if (c === '}' || c === ']') {
      depth--;
      out += newline() + c;
    } else if (c === ',') out += c + newline();
    else if (c === ':') out += ': ';
    else if (!/\s/.test(c)) out += c;
  }
  return out;
}
