import type { Flow } from '../../model';
import { SECRET_TITLES, scanText, type ScanContext, type SecretKind } from './secretPatterns';

/** Where in the flow document a string sits: keys and array indexes from the root. */
export type DocPath = ReadonlyArray<string | number>;

export interface SecretFinding {
  kind: SecretKind;
  /** What it looks like, e.g. "AWS access key ID". */
  title: string;
  /** Where it is, for a person: "Orders function · environment variable AWS_KEY". */
  where: string;
  /** The string that holds it, for `removeSecrets`. */
  path: DocPath;
  /** 1-based line in a text of several lines (handler code, notes), else null. */
  line: number | null;
  nodeId: string | null;
  /** A masked form that shows which secret it is without showing it: AKIA…WXYZ. */
  preview: string;
  /** The exact characters an export leaves out. Never displayed. */
  secret: string;
}

interface Place {
  where: (line: number | null) => string;
  nodeId: string | null;
  ctx: ScanContext;
}

/**
 * Every secret-looking string in a flow: environment variables, handler code, node, edge and
 * flow settings, descriptions and notes. Pure; the same flow always gives the same list.
 */
export function findSecrets(flow: Flow): SecretFinding[] {
  const out: SecretFinding[] = [];
  const scan = (value: string, path: DocPath, place: Place) => {
    for (const m of scanText(value, place.ctx)) {
      const line = value.includes('\n') ? lineAt(value, m.index) : null;
      out.push({
        kind: m.kind,
        title: SECRET_TITLES[m.kind],
        where: place.where(line),
        path,
        line,
        nodeId: place.nodeId,
        preview: maskSecret(m.secret, m.kind),
        secret: m.secret,
      });
    }
  };
  const withLine = (text: string) => (line: number | null) =>
    line === null ? text : `${text}, line ${line}`;

  scan(flow.name, ['name'], { where: () => 'Flow name', nodeId: null, ctx: {} });
  scan(flow.description, ['description'], { where: withLine('Flow description'), nodeId: null, ctx: {} });
  flow.nodes.forEach((node, i) => {
    const at = (what: string, ctx: ScanContext = {}): Place => ({
      where: withLine(`${node.label} · ${what}`),
      nodeId: node.id,
      ctx,
    });
    scan(node.label, ['nodes', i, 'label'], at('label'));
    scan(node.description, ['nodes', i, 'description'], at('description'));
    walkStrings(node.settings, ['nodes', i, 'settings'], (value, path) => {
      const [, , , first, name] = path;
      if (
        node.kind === 'function' &&
        first === 'environment' &&
        typeof name === 'string' &&
        path.length === 5
      ) {
        return scan(value, path, at(`environment variable ${name}`, { name }));
      }
      if (node.kind === 'function' && first === 'code' && path.length === 4)
        return scan(value, path, at('handler code'));
      const key = path.at(-1);
      scan(value, path, at(path.slice(3).join('.'), typeof key === 'string' ? { name: key } : {}));
    });
  });
  flow.edges.forEach((edge, i) => {
    const label = (id: string) => flow.nodes.find((n) => n.id === id)?.label ?? id;
    walkStrings(edge.settings, ['edges', i, 'settings'], (value, path) =>
      scan(value, path, {
        where: withLine(
          `Connection ${label(edge.source)} → ${label(edge.target)} · ${path.slice(3).join('.')}`,
        ),
        nodeId: null,
        ctx: {},
      }),
    );
  });
  flow.notes.forEach((note, i) => {
    const first = note.text.trim().split('\n')[0]!.slice(0, 30);
    scan(note.text, ['notes', i, 'text'], { where: withLine(`Note “${first}”`), nodeId: null, ctx: {} });
  });
  walkStrings(flow.meta, ['meta'], (value, path) =>
    scan(value, path, {
      where: withLine(`Flow metadata · ${path.slice(1).join('.')}`),
      nodeId: null,
      ctx: {},
    }),
  );
  return out;
}

/** Calls back for every string in a JSON value, with its path; object keys are scanned as names only. */
function walkStrings(value: unknown, path: DocPath, visit: (value: string, path: DocPath) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, [...path, i], visit));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) walkStrings(v, [...path, k], visit);
}

const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** Enough of a secret to recognise it, never enough to use it: AKIA…WXYZ. */
export function maskSecret(secret: string, kind: SecretKind): string {
  if (kind === 'privateKey') return `${secret.split(/\r?\n|\\n/)[0]}…`;
  const n = secret.length;
  if (n >= 16) return `${secret.slice(0, 4)}…${secret.slice(-4)}`;
  if (n >= 8) return `${secret.slice(0, 2)}… (${n} characters)`;
  return `… (${n} characters)`;
}
