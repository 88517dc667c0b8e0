/**
 * Shadows what handler code must not reach with locked stand-ins (non-writable,
 * non-configurable) that fail with a message naming the sandbox, and removes the same
 * names from the global object's prototypes so they cannot be found there either.
 * Runs once in each worker, after the worker has kept what it needs for itself.
 */
const NETWORK = [
  'fetch',
  'sendBeacon',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'WebTransport',
  'importScripts',
  'Worker',
  'SharedWorker',
  'BroadcastChannel',
];
const STORAGE = ['indexedDB', 'localStorage', 'sessionStorage', 'caches', 'cookieStore'];
const DOM = ['document', 'window', 'parent', 'top', 'opener'];
/** The worker's own channel to the host: handler code must not post or hear messages. */
const CHANNEL = [
  'postMessage',
  'onmessage',
  'onmessageerror',
  'addEventListener',
  'removeEventListener',
  'dispatchEvent',
  'close',
];

export function blockedMessage(name: string): string {
  if (NETWORK.includes(name)) return `${name} is blocked in the sandbox: handler code has no network access`;
  if (STORAGE.includes(name))
    return `${name} is blocked in the sandbox: handler code cannot reach the app's storage`;
  if (DOM.includes(name))
    return `${name} is blocked in the sandbox: handler code runs in a worker with no DOM`;
  return `${name} is blocked in the sandbox: it belongs to the sandbox itself`;
}

function refuse(name: string): never {
  throw new Error(blockedMessage(name));
}

export function lockGlobals(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  for (const name of [...NETWORK, ...CHANNEL]) {
    lock(g, name, {
      value: function blocked() {
        refuse(name);
      },
      writable: false,
    });
  }
  for (const name of [...STORAGE, ...DOM]) lock(g, name, { get: () => refuse(name) });
  const beacon = { sendBeacon: () => refuse('sendBeacon') };
  lock(g, 'navigator', { value: Object.freeze(beacon), writable: false });
}

function lock(g: Record<string, unknown>, name: string, how: PropertyDescriptor): void {
  for (
    let p = Object.getPrototypeOf(g) as Record<string, unknown> | null;
    p && p !== Object.prototype;
    p = Object.getPrototypeOf(p) as Record<string, unknown> | null
  ) {
    if (Object.prototype.hasOwnProperty.call(p, name)) {
      try {
        delete p[name];
      } catch {
        // a non-configurable prototype member stays shadowed by the own property below
      }
    }
  }
  try {
    Object.defineProperty(g, name, { ...how, configurable: false, enumerable: false });
  } catch {
    // already locked (a second call) or a non-configurable own property of the host
  }
}
