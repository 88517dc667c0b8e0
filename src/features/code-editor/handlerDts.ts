import { eventTypeOf, type Trigger } from './triggers';

/**
 * The d.ts that types one function's handler: `HandlerEvent` is the union of the events its
 * triggers deliver, `Handler` the Lambda signature over it (use as JSDoc `@type {Handler}`).
 */
export function handlerDts(triggers: readonly Trigger[]): string {
  return `/** The event this function receives, from what is connected to it. */
type HandlerEvent = ${eventTypeOf(triggers)};
/** The Lambda Node.js handler signature for this function (async: callbacks are not supported). */
type Handler<TEvent = HandlerEvent, TResult = any> = (event: TEvent, context: Context) => Promise<TResult>;
`;
}

/** The JSDoc that types the handler export, added above it unless the code already has one. */
export function addHandlerType(code: string, exportName = 'handler'): string {
  if (/@type\s*\{\s*Handler\b/.test(code) || /@param\s*\{\s*HandlerEvent\b/.test(code)) return code;
  const name = exportName.replace(/[$]/g, '\\$');
  const constDecl = new RegExp(`^([ \\t]*)export\\s+(?:const|let|var)\\s+${name}\\s*=`, 'm').exec(code);
  if (constDecl) return insertAt(code, constDecl.index, `${constDecl[1]}/** @type {Handler} */\n`);
  const fnDecl = new RegExp(
    `^([ \\t]*)export\\s+(?:async\\s+)?function\\s*\\*?\\s*${name}\\s*\\(([^)]*)\\)`,
    'm',
  ).exec(code);
  if (fnDecl) {
    const pad = fnDecl[1];
    const [event, context] = fnDecl[2]!.split(',').map((p) => p.trim().split(/[\s=]/)[0]);
    const lines = [
      event && `@param {HandlerEvent} ${event}`,
      context && `@param {Context} ${context}`,
    ].filter(Boolean);
    if (lines.length === 0) return code;
    return insertAt(
      code,
      fnDecl.index,
      `${pad}/**\n${lines.map((l) => `${pad} * ${l}\n`).join('')}${pad} */\n`,
    );
  }
  return code;
}

const insertAt = (text: string, at: number, what: string) => text.slice(0, at) + what + text.slice(at);
