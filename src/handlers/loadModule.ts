import type { ModuleLoader } from '../protocol/messages';

interface BlobUrlApi {
  Blob: new (parts: string[], options: { type: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string };
  btoa(binary: string): string;
}

/**
 * Turns module source text into a module without touching a disk: a blob: URL in the
 * browser (the sandbox's CSP allows blob: scripts only), a data: URL in Node.
 * Each text gets its own URL, so each environment gets its own module instance.
 */
export function loadModuleText(
  text: string,
  loader: ModuleLoader,
): { url: string; module: Promise<Record<string, unknown>> } {
  const url = moduleUrl(text, loader);
  return { url, module: import(/* @vite-ignore */ url) as Promise<Record<string, unknown>> };
}

/** An absolute URL for module text (another module imports it by this URL). */
export function moduleUrl(text: string, loader: ModuleLoader): string {
  const g = globalThis as unknown as BlobUrlApi;
  return loader === 'blob'
    ? g.URL.createObjectURL(new g.Blob([text], { type: 'text/javascript' }))
    : `data:text/javascript;base64,${base64(text, g)}`;
}

function base64(text: string, g: BlobUrlApi): string {
  // UTF-8 bytes as a binary string, which is what btoa encodes.
  return g.btoa(unescape(encodeURIComponent(text)));
}
