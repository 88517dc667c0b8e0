/**
 * The document of the sandbox frame. The frame has an opaque origin (sandbox="allow-scripts"
 * without allow-same-origin), so nothing in it can read the app's storage or DOM; its CSP
 * allows no network at all and scripts only from blob: URLs (the workers and the handler
 * modules) and from this page's own inline relay. Workers created from blob: URLs inherit
 * this policy, so eval and imports of http(s) URLs fail inside them too.
 *
 * Workers are classic scripts: Chromium refuses module workers in an opaque origin; a
 * classic worker may still import() the handler modules from blob: URLs.
 *
 * The relay only creates and ends workers: it hands the app one end of a MessageChannel
 * whose other end it gives the worker, so batches go straight to the worker (no hop here).
 */
export const SANDBOX_CSP =
  "default-src 'none'; script-src 'unsafe-inline' blob:; worker-src blob:; connect-src 'none'; img-src 'none'; style-src 'none'; base-uri 'none'; form-action 'none'";

/** First message a handler worker gets in the browser: its port to the app. */
export const PORT_HANDSHAKE = 'eventflow.port';

const RELAY = `
const workers = new Map();
let url = null;
addEventListener('message', (e) => {
  if (e.source !== parent) return;
  const m = e.data;
  if (m && m.type === 'source') {
    url = URL.createObjectURL(new Blob([m.source], { type: 'text/javascript' }));
  } else if (m && m.type === 'spawn' && url) {
    const w = new Worker(url, { name: 'handler-' + m.id });
    const ch = new MessageChannel();
    w.postMessage(${JSON.stringify(PORT_HANDSHAKE)}, [ch.port1]);
    w.addEventListener('error', (ev) => {
      ev.preventDefault();
      parent.postMessage({ type: 'exit', id: m.id, message: String(ev.message || 'the worker failed') }, '*');
    });
    workers.set(m.id, w);
    parent.postMessage({ type: 'spawned', id: m.id }, '*', [ch.port2]);
  } else if (m && m.type === 'terminate') {
    const w = workers.get(m.id);
    if (w) w.terminate();
    workers.delete(m.id);
  }
});
parent.postMessage({ type: 'sandbox-ready' }, '*');
`;

export function sandboxDocument(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${SANDBOX_CSP}"></head><body><script>${RELAY}</script></body></html>`;
}
