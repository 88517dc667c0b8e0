import { edgePath, nameOf, nodePath, nodesOfKind, type CheckContext } from './context';
import { checkDeadLetterQueue } from './deadLetter';
import { runChecker } from './external';

/** Rules: unique names, valid patterns, connected targets, one input form, standard-queue DLQs. */
export function checkBusRules(ctx: CheckContext): void {
  for (const { item: bus, index } of nodesOfKind(ctx, 'bus')) {
    const edges = (ctx.edgesFrom.get(bus.id) ?? []).filter((e) => e.item.settings.type === 'invoke');
    const connected = new Set(edges.map((e) => e.item.target));
    const targeted = new Set<string>();
    const names = new Set<string>();
    const at = (rest: string) => ({ path: nodePath(index, rest), nodeId: bus.id });
    bus.settings.rules.forEach((rule, r) => {
      const p = `.settings.rules[${r}]`;
      if (names.has(rule.name))
        ctx.report({
          severity: 'error',
          ...at(`${p}.name`),
          message: `rule name "${rule.name}" is used twice on this bus`,
        });
      names.add(rule.name);
      runChecker(ctx, at(`${p}.eventPattern`), ctx.checkers.eventPattern, rule.eventPattern);
      if (rule.targets.length === 0 && rule.state === 'ENABLED') {
        ctx.report({
          severity: 'warning',
          ...at(`${p}.targets`),
          message: `rule "${rule.name}" has no targets: the events it matches go nowhere`,
        });
      }
      rule.targets.forEach((t, ti) => {
        const tp = `${p}.targets[${ti}]`;
        const target = ctx.nodes.get(t.nodeId)?.item;
        targeted.add(t.nodeId);
        if (!target)
          ctx.report({
            severity: 'error',
            ...at(`${tp}.nodeId`),
            message: `rule "${rule.name}" targets node "${t.nodeId}", which does not exist`,
          });
        else if (!connected.has(t.nodeId)) {
          ctx.report({
            severity: 'error',
            ...at(`${tp}.nodeId`),
            message: `rule "${rule.name}" targets ${nameOf(target, t.nodeId)}, which is not connected: draw an edge from this bus to it`,
          });
        }
        const forms = [t.input !== null, t.inputPath !== null, t.inputTransformer !== null].filter(
          Boolean,
        ).length;
        if (forms > 1)
          ctx.report({
            severity: 'error',
            ...at(tp),
            message:
              'set at most one of input, inputPath and inputTransformer (EventBridge accepts only one)',
          });
        if (t.inputPath !== null && !t.inputPath.startsWith('$')) {
          ctx.report({
            severity: 'error',
            ...at(`${tp}.inputPath`),
            message: `must be a JSONPath starting with $, e.g. $.detail (got "${t.inputPath}")`,
          });
        }
        if (t.deadLetterQueue !== null)
          checkDeadLetterQueue(
            ctx,
            at(`${tp}.deadLetterQueue`),
            t.deadLetterQueue,
            'standard',
            'an EventBridge target',
          );
      });
    });
    if (bus.settings.archive?.eventPattern) {
      runChecker(
        ctx,
        at('.settings.archive.eventPattern'),
        ctx.checkers.eventPattern,
        bus.settings.archive.eventPattern,
      );
    }
    for (const { item: e, index: ei } of edges) {
      if (!targeted.has(e.target) && ctx.nodes.has(e.target)) {
        ctx.report({
          severity: 'warning',
          path: edgePath(ei),
          edgeId: e.id,
          message: `no rule of ${nameOf(bus, bus.id)} targets ${nameOf(ctx.nodes.get(e.target)?.item, e.target)}: add the node to a rule's targets`,
        });
      }
    }
  }
}
