import { hash2, RandomStream } from '../core/random';

type Part =
  | { type: 'text'; text: string }
  | { type: 'seq' }
  | { type: 'uuid' }
  | { type: 'int'; min: number; max: number }
  | { type: 'pick'; words: string[] }
  | { type: 'now' };

/** A compiled body template: {{seq}}, {{uuid}}, {{int 1 100}}, {{pick a b c}}, {{now}}. */
export interface BodyTemplate {
  /** Renders request `seq`; the random parts come from (seed, seq) alone, so rendering late or twice gives the same text. */
  render(seq: number, seed: number, nowIso: string): string;
}

/** Compiles a template once; unknown placeholders stay as written. */
export function compileTemplate(text: string): BodyTemplate {
  const parts: Part[] = [];
  const re = /\{\{\s*([^}]*?)\s*\}\}/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) parts.push({ type: 'text', text: text.slice(last, m.index) });
    parts.push(parsePlaceholder(m[1]!, m[0]));
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ type: 'text', text: text.slice(last) });
  const constant = parts.every((p) => p.type === 'text');
  return {
    render(seq, seed, nowIso) {
      if (constant) return text;
      const r = new RandomStream(hash2(seed, seq));
      let out = '';
      for (const p of parts) {
        switch (p.type) {
          case 'text':
            out += p.text;
            break;
          case 'seq':
            out += String(seq);
            break;
          case 'uuid':
            out += r.uuid();
            break;
          case 'int':
            out += String(r.int(p.min, p.max));
            break;
          case 'pick':
            out += p.words[Math.floor(r.next() * p.words.length)] ?? '';
            break;
          case 'now':
            out += nowIso;
            break;
        }
      }
      return out;
    },
  };
}

function parsePlaceholder(inner: string, raw: string): Part {
  const [name, ...args] = inner.split(/\s+/);
  if (name === 'seq' && args.length === 0) return { type: 'seq' };
  if (name === 'uuid' && args.length === 0) return { type: 'uuid' };
  if (name === 'now' && args.length === 0) return { type: 'now' };
  if (name === 'pick' && args.length > 0) return { type: 'pick', words: args };
  if (name === 'int' && args.length === 2) {
    const min = Number(args[0]);
    const max = Number(args[1]);
    if (Number.isInteger(min) && Number.isInteger(max) && max >= min) return { type: 'int', min, max };
  }
  return { type: 'text', text: raw };
}

/** A rendered body as the target's code sees it: parsed JSON, or the raw text. */
export function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
