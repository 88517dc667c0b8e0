import { edgePath, nameOf, nodePath, nodesOfKind, type CheckContext } from './context';

/** Lambda sets these itself and refuses them in a function's environment. */
const RESERVED_ENV = new Set([
  '_HANDLER',
  '_X_AMZN_TRACE_ID',
  'AWS_DEFAULT_REGION',
  'AWS_REGION',
  'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
]);

/** Concurrency against the account quota, one DLQ, one destination per outcome, environment, handler export. */
export function checkFunctions(ctx: CheckContext): void {
  const account = ctx.flow.run.accountConcurrency;
  const reservable = account - 100;
  let reservedTotal = 0;
  for (const { item: fn, index } of nodesOfKind(ctx, 'function')) {
    const s = fn.settings;
    const at = (rest: string) => ({ path: nodePath(index, rest), nodeId: fn.id });
    const reserved = s.reservedConcurrentExecutions;
    if (reserved !== null) {
      reservedTotal += reserved;
      if (reserved > reservable) {
        ctx.report({
          severity: 'error',
          ...at('.settings.reservedConcurrentExecutions'),
          message: `reserves ${reserved}, but at most ${Math.max(0, reservable)} can be reserved: account concurrency ${account} minus the 100 AWS keeps unreserved`,
        });
      }
      if (reserved === 0)
        ctx.report({
          severity: 'warning',
          ...at('.settings.reservedConcurrentExecutions'),
          message: 'reserved concurrency 0 throttles every invocation of this function',
        });
      if (s.provisionedConcurrency > reserved) {
        ctx.report({
          severity: 'error',
          ...at('.settings.provisionedConcurrency'),
          message: `provisioned concurrency ${s.provisionedConcurrency} is above the reserved concurrency ${reserved}`,
        });
      }
    } else if (s.provisionedConcurrency > reservable) {
      ctx.report({
        severity: 'error',
        ...at('.settings.provisionedConcurrency'),
        message: `provisioned concurrency ${s.provisionedConcurrency} is above what the account can give (${Math.max(0, reservable)})`,
      });
    }
    for (const name of Object.keys(s.environment)) {
      if (RESERVED_ENV.has(name))
        ctx.report({
          severity: 'error',
          ...at(`.settings.environment.${name}`),
          message: `${name} is set by Lambda itself and cannot be overridden`,
        });
    }
    const exportName = s.handler.slice(s.handler.lastIndexOf('.') + 1);
    if (!exportsName(s.code, exportName)) {
      ctx.report({
        severity: 'warning',
        ...at('.settings.code'),
        message: `the code does not seem to export "${exportName}", the function named by handler "${s.handler}"`,
      });
    }
    checkOutgoing(ctx, fn.id);
  }
  if (reservedTotal > reservable && reservable >= 0) {
    ctx.report({
      severity: 'error',
      path: 'run.accountConcurrency',
      message: `functions reserve ${reservedTotal} in total, but at most ${reservable} can be reserved (account concurrency ${account} minus 100)`,
    });
  }
}

function exportsName(code: string, name: string): boolean {
  const id = name.replace(/\$/g, '\\$');
  return new RegExp(
    `export\\s+(?:const|let|var|(?:async\\s+)?function\\*?)\\s+${id}\\b|export\\s*\\{[^}]*\\b${id}\\b`,
  ).test(code);
}

/** Lambda's async config: one dead-letter target, one destination per outcome, none of them FIFO. */
function checkOutgoing(ctx: CheckContext, id: string): void {
  let deadLetters = 0;
  const outcomes = new Set<string>();
  for (const { item: e, index } of ctx.edgesFrom.get(id) ?? []) {
    const s = e.settings;
    if (s.type !== 'deadLetter' && s.type !== 'destination') continue;
    const at = { path: edgePath(index), edgeId: e.id };
    const target = ctx.nodes.get(e.target)?.item;
    if (s.type === 'deadLetter' && ++deadLetters === 2)
      ctx.report({
        severity: 'error',
        ...at,
        message: 'a function has at most one dead-letter queue or topic',
      });
    if (s.type === 'destination') {
      if (outcomes.has(s.on))
        ctx.report({
          severity: 'error',
          ...at,
          message: `a function has at most one on-${s.on} destination`,
        });
      outcomes.add(s.on);
    }
    const fifo =
      (target?.kind === 'queue' && target.settings.fifoQueue) ||
      (target?.kind === 'topic' && target.settings.fifoTopic);
    if (fifo)
      ctx.report({
        severity: 'error',
        ...at,
        message: `Lambda cannot send failed or finished events to FIFO ${target.kind} ${nameOf(target, e.target)}: use a standard one`,
      });
  }
}
