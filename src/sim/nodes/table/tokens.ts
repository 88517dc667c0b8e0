import { DynamoError } from './attributes';

export interface Token {
  kind: 'name' | 'placeholder' | 'value' | 'number' | 'punct' | 'end';
  text: string;
  at: number;
}

const PUNCT = ['<>', '<=', '>=', '(', ')', ',', '.', '[', ']', '=', '<', '>', '+', '-'];

/** Splits a DynamoDB expression into tokens; throws ValidationException on a stray character. */
export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const p = PUNCT.find((x) => src.startsWith(x, i));
    if (p) {
      out.push({ kind: 'punct', text: p, at: i });
      i += p.length;
      continue;
    }
    const m = /^(#[A-Za-z0-9_]+|:[A-Za-z0-9_]+|[0-9]+|[A-Za-z_][A-Za-z0-9_]*)/.exec(src.slice(i));
    if (!m) throw new DynamoError('ValidationException', `Invalid expression: unexpected "${c}" at ${i}`);
    const text = m[0];
    out.push({
      kind:
        text[0] === '#' ? 'placeholder' : text[0] === ':' ? 'value' : /^[0-9]/.test(text) ? 'number' : 'name',
      text,
      at: i,
    });
    i += text.length;
  }
  out.push({ kind: 'end', text: '', at: src.length });
  return out;
}

/** A cursor over tokens with the small helpers the parsers share. */
export class TokenStream {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    readonly source: string,
  ) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)]!;
  }
  next(): Token {
    const t = this.peek();
    if (t.kind !== 'end') this.i++;
    return t;
  }
  /** True (and consumed) when the next token is the keyword or punctuation `text`. */
  accept(text: string): boolean {
    const t = this.peek();
    if ((t.kind === 'punct' && t.text === text) || (t.kind === 'name' && t.text.toUpperCase() === text)) {
      this.i++;
      return true;
    }
    return false;
  }
  expect(text: string): void {
    if (!this.accept(text)) this.fail(`expected "${text}"`);
  }
  fail(why: string): never {
    const t = this.peek();
    throw new DynamoError(
      'ValidationException',
      `Invalid expression "${this.source}": ${why} at ${t.kind === 'end' ? 'the end' : `"${t.text}"`}`,
    );
  }
}
