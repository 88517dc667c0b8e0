import { toGalleryEntries, type GalleryEntry } from './catalogEntries';

const base = (): string => import.meta.env.BASE_URL;

let index: Promise<GalleryEntry[]> | null = null;
const texts = new Map<string, Promise<string>>();

async function fetchText(url: string, what: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new Error(`${what} could not be fetched: ${e instanceof Error ? e.message : String(e)}`, {
      cause: e,
    });
  }
  if (!response.ok) throw new Error(`${what} answered HTTP ${response.status}`);
  return response.text();
}

/** Forgets a failed request, so the next call tries again instead of repeating the failure. */
function retryable<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  return promise.catch((e: unknown) => {
    forget();
    throw e;
  });
}

/** The examples listed in public/examples/index.json, with their tags; fetched once per page. */
export function loadGalleryIndex(): Promise<GalleryEntry[]> {
  index ??= retryable(
    fetchText(`${base()}examples/index.json`, 'The example list').then((text) => {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new Error('the example list (index.json) is not valid JSON');
      }
      return toGalleryEntries(json);
    }),
    () => (index = null),
  );
  return index;
}

/** The text of one example file; each file is fetched once per page and shared by thumbnail and open. */
export function exampleText(file: string): Promise<string> {
  let text = texts.get(file);
  if (!text) {
    text = retryable(fetchText(`${base()}examples/${encodeURIComponent(file)}`, file), () =>
      texts.delete(file),
    );
    texts.set(file, text);
  }
  return text;
}
