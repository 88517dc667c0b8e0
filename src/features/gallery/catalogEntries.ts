/** One card of the gallery: an example flow shipped in public/examples (index.json). */
export interface GalleryEntry {
  file: string;
  title: string;
  /** One sentence: what the example teaches. */
  summary: string;
  tags: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

// Names a file inside the examples folder only: no path separators, no parent references.
const SAFE_FILE = /^[\w.-]+\.json$/;

/**
 * Reads index.json into gallery entries. Entries without a usable file name or title are left
 * out (a hand-edited index should not break the whole gallery); the rest keep their order.
 */
export function toGalleryEntries(json: unknown): GalleryEntry[] {
  if (!Array.isArray(json)) throw new Error('the example list (index.json) is not a JSON array');
  const entries: GalleryEntry[] = [];
  const seen = new Set<string>();
  for (const item of json) {
    if (!isRecord(item)) continue;
    const { file, title, summary, tags } = item;
    if (typeof file !== 'string' || !SAFE_FILE.test(file) || file.startsWith('.') || seen.has(file)) continue;
    if (typeof title !== 'string' || title.trim() === '') continue;
    seen.add(file);
    entries.push({
      file,
      title: title.trim(),
      summary: typeof summary === 'string' ? summary.trim() : '',
      tags: Array.isArray(tags)
        ? tags.filter((t): t is string => typeof t === 'string' && t.trim() !== '')
        : [],
    });
  }
  return entries;
}
