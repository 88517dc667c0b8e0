import type { ErrorInfo } from '../protocol/messages';

/**
 * The handler function named by Lambda's handler setting (`index.handler` -> export
 * `handler`), or the init error AWS reports when it is missing or callback-style.
 */
export function handlerFunction(
  ns: Record<string, unknown>,
  setting: string,
): ((...a: unknown[]) => unknown) | ErrorInfo {
  const name = setting.slice(setting.lastIndexOf('.') + 1);
  const h = ns[name];
  if (h === undefined)
    return { type: 'Runtime.HandlerNotFound', message: `${setting} is undefined or not exported` };
  if (typeof h !== 'function')
    return { type: 'Runtime.HandlerNotFound', message: `${setting} is not a function` };
  if (h.length >= 3) {
    return {
      type: 'Runtime.CallbackHandlerDeprecated',
      message:
        'Callback-style handlers (event, context, callback) are not supported: write `export const handler = async (event, context) => { ... }` and return the result (or throw).',
    };
  }
  return h as (...a: unknown[]) => unknown;
}
