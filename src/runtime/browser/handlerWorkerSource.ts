// The bundled handler worker as text, for the sandbox frame (it starts workers from blob:
// URLs of its own origin). Works in builds (`vite build` / `vite preview`): the dev server
// serves the worker as separate modules that a blob: URL cannot import.
// The worker is a separate bundle: this takes its URL, not its code (no layer is crossed at run time).
// eslint-disable-next-line layers/direction
import workerUrl from '../../handlers/handler.worker.ts?worker&url';

let cached: Promise<string> | null = null;

export function handlerWorkerSource(): Promise<string> {
  if (import.meta.env.DEV) {
    return Promise.reject(
      new Error(
        'Handler code runs in a production build only: use `npm start` (it builds and serves the app). ' +
          'The dev server (`npm run dev`) serves the worker as modules the sandbox cannot load.',
      ),
    );
  }
  cached ??= fetch(workerUrl).then((r) => {
    if (!r.ok) throw new Error(`the handler worker could not be loaded (${r.status})`);
    return r.text();
  });
  return cached;
}
