import type { Flow } from '../model';
import { checkBusRules } from './checks/bus';
import { buildContext, type CheckContext } from './checks/context';
import { checkFunctions } from './checks/functions';
import { checkIntegrations } from './checks/integrations';
import { checkEdges, checkIds, checkRoutes } from './checks/graph';
import { checkEdgeSettings } from './checks/mappings';
import { checkNodeSettings } from './checks/settings';
import type { FlowCheckers, Problem } from './problems';

const CHECKS: [string, (ctx: CheckContext) => void][] = [
  ['ids', checkIds],
  ['connections', checkEdges],
  ['routes', checkRoutes],
  ['integrations', checkIntegrations],
  ['rules', checkBusRules],
  ['edge settings', checkEdgeSettings],
  ['functions', checkFunctions],
  ['node settings', checkNodeSettings],
];

/**
 * Every semantic problem of a schema-valid flow, errors and warnings, in a stable order.
 * Linear in nodes + edges (the editor runs it on every change) and never throws: a check
 * that crashes becomes a problem of its own.
 */
export function validateFlow(flow: Flow, checkers: FlowCheckers = {}): Problem[] {
  const problems: Problem[] = [];
  let ctx: CheckContext;
  try {
    ctx = buildContext(flow, checkers, problems);
  } catch (e) {
    return [
      {
        severity: 'error',
        path: '',
        message: `the flow could not be checked: ${e instanceof Error ? e.message : String(e)}`,
      },
    ];
  }
  for (const [name, check] of CHECKS) {
    try {
      check(ctx);
    } catch (e) {
      problems.push({
        severity: 'error',
        path: '',
        message: `the ${name} check failed: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  }
  return problems;
}
