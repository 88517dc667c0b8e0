export interface ExampleInfo {
  file: string;
  title: string;
  summary: string;
}

const base = () => import.meta.env.BASE_URL;
let index: Promise<ExampleInfo[]> | null = null;

function isExampleInfo(v: unknown): v is ExampleInfo {
  const r = v as Record<string, unknown> | null;
  return typeof r === 'object' && r !== null && typeof r.file === 'string' && typeof r.title === 'string';
}

/** The examples shipped in public/examples (index.json); fetched once, retried after a failure. */
export function loadExampleIndex(): Promise<ExampleInfo[]> {
  index ??= fetch(`${base()}examples/index.json`)
    .then((r) => {
      if (!r.ok) throw new Error(`the example list answered HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    })
    .then((list) => {
      if (!Array.isArray(list)) throw new Error('the example list is not a JSON array');
      return list.filter(isExampleInfo).map((e) => ({
        file: e.file,
        title: e.title,
        summary: typeof e.summary === 'string' ? e.summary : '',
      }));
    })
    .catch((e: unknown) => {
      index = null;
      throw e;
    });
  return index;
}

/** The text of one example file. */
export async function fetchExample(file: string): Promise<string> {
  const r = await fetch(`${base()}examples/${encodeURIComponent(file)}`);
  if (!r.ok) throw new Error(`${file} answered HTTP ${r.status}`);
  return r.text();
}
