import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeHandlerPool } from '../../bench/workersNode';
import type { HandlerPool } from './pool';
import { invokeAll, testCode, testRequest } from './testRequests';

let pool: HandlerPool;
beforeAll(() => {
  pool = nodeHandlerPool({ size: 1 });
});
afterAll(() => pool.close());

// Each attempt runs inside the handler; what it threw (or that it did not) comes back.
const ATTEMPTS: Record<string, string> = {
  fetch: `await fetch('https://example.com/')`,
  XMLHttpRequest: `new XMLHttpRequest().open('GET', 'https://example.com/')`,
  WebSocket: `new WebSocket('wss://example.com/')`,
  EventSource: `new EventSource('https://example.com/')`,
  sendBeacon: `navigator.sendBeacon('https://example.com/', 'x')`,
  importScripts: `importScripts('https://example.com/x.js')`,
  dynamicImport: `await import('https://example.com/x.mjs')`,
  dynamicImportNode: `await import('node:fs')`,
  globalFetch: `await globalThis.fetch('https://example.com/')`,
  prototypeFetch: `await Object.getPrototypeOf(globalThis).fetch('https://example.com/')`,
  indexedDB: `indexedDB.open('app')`,
  localStorage: `localStorage.getItem('flows')`,
  sessionStorage: `sessionStorage.getItem('x')`,
  caches: `await caches.open('x')`,
  cookies: `document.cookie`,
  document: `document.body.innerHTML = 'x'`,
  window: `window.location.href`,
  postMessage: `postMessage({ type: 'results', v: 1, results: [] })`,
  addEventListener: `addEventListener('message', () => {})`,
};

const code = `export const handler = async () => {
  const out = {};
${Object.entries(ATTEMPTS)
  .map(
    ([name, attempt]) =>
      `  try { ${attempt}; out[${JSON.stringify(name)}] = 'reached'; } catch (e) { out[${JSON.stringify(name)}] = String(e && e.message); }`,
  )
  .join('\n')}
  return out;
};`;

describe('the sandbox', () => {
  it('refuses every way out to the network, the storage, the DOM and the host channel, naming the sandbox', async () => {
    pool.beginRun({ seed: 1, startEpochMs: 0 }, [testCode(code)]);
    const r = (await invokeAll(pool, [testRequest({ requestId: 'x' })])).get('x')!;
    expect(r.outcome).toBe('ok');
    const out = r.value as Record<string, string>;
    // Nothing is left on the global object's prototypes to find.
    expect(out.prototypeFetch).toMatch(/is not a function/);
    for (const name of Object.keys(ATTEMPTS).filter((n) => n !== 'prototypeFetch'))
      expect(out[name], name).toMatch(/blocked in the sandbox/);
    expect(out.fetch).toBe('fetch is blocked in the sandbox: handler code has no network access');
    expect(out.localStorage).toBe(
      "localStorage is blocked in the sandbox: handler code cannot reach the app's storage",
    );
  });

  it('refuses static imports of URLs and packages before any module code runs', async () => {
    pool.beginRun({ seed: 1, startEpochMs: 0 }, [
      testCode(
        `import x from 'https://example.com/x.mjs';\nconsole.log('ran');\nexport const handler = async () => x;`,
      ),
    ]);
    const r = (await invokeAll(pool, [testRequest({ requestId: 'x' })])).get('x')!;
    expect(r.error).toMatchObject({ type: 'Runtime.ImportModuleError' });
    expect(r.error!.message).toMatch(/the sandbox has no network/);
    expect(r.logs.join('\n')).not.toMatch(/ran/);
  });

  it('locks the stand-ins so handler code cannot put the real ones back', async () => {
    pool.beginRun({ seed: 1, startEpochMs: 0 }, [
      testCode(`export const handler = async () => {
      try { globalThis.fetch = () => 'mine'; } catch {}
      try { Object.defineProperty(globalThis, 'fetch', { value: () => 'mine' }); } catch {}
      try { delete globalThis.fetch; } catch {}
      try { return String(await fetch('x')); } catch (e) { return e.message; }
    };`),
    ]);
    const r = (await invokeAll(pool, [testRequest({ requestId: 'x' })])).get('x')!;
    expect(r.value).toMatch(/blocked in the sandbox/);
  });
});
